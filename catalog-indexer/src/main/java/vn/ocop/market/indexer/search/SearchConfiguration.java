package vn.ocop.market.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ocop.market.catalog.search.ProductIndex;
import vn.ocop.market.catalog.search.SearchClients;
import vn.ocop.market.catalog.search.SearchProperties;

/**
 * The Elasticsearch client and the product index names. The client is
 * {@link java.io.Closeable}, so the context closes its transport on shutdown.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	@Bean
	ProductIndex productIndex(SearchProperties properties) {
		return new ProductIndex(properties);
	}

	@Bean
	ElasticsearchAsyncClient elasticsearchClient(SearchProperties properties) {
		return SearchClients.create(properties);
	}

}
