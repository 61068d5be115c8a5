package vn.ocop.market.storefront.pagecache;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;

import vn.ocop.market.catalog.search.ProductIndex;
import vn.ocop.market.storefront.catalog.CatalogQueries;

/**
 * The page cache, on unless {@code ocop.page-cache.enabled} is false.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
@ConditionalOnBooleanProperty(name = "ocop.page-cache.enabled", matchIfMissing = true)
class PageCacheConfiguration {

	@Bean
	IndexGeneration indexGeneration(ElasticsearchAsyncClient client, ProductIndex index) {
		return new IndexGeneration(client, index);
	}

	@Bean
	PageCache pageCache(PageCacheProperties properties, IndexGeneration index, DatabaseClient database,
			CatalogQueries catalog, MeterRegistry meters, ServerCsrfTokenRepository tokens,
			ServerCsrfTokenRequestHandler tokenHandler) {
		return new PageCache(properties, index, new ProductVersions(database, catalog), meters,
				new PageSecurity(tokens, tokenHandler));
	}

}
