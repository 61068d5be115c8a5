package vn.ocop.market.storefront.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ocop.market.catalog.search.ProductIndex;
import vn.ocop.market.catalog.search.SearchClients;
import vn.ocop.market.catalog.search.SearchProperties;

/**
 * The storefront only reads Elasticsearch, through the alias the indexer maintains.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SearchProperties.class, SearchBreaker.Properties.class,
		DatabaseListing.Properties.class })
class SearchConfiguration {

	@Bean
	ElasticsearchAsyncClient elasticsearchClient(SearchProperties properties) {
		return SearchClients.create(properties);
	}

	@Bean
	ProductIndex productIndex(SearchProperties properties) {
		return new ProductIndex(properties);
	}

}
