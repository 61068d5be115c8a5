package vn.ocop.market.storefront.search;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Lists from Elasticsearch, or from PostgreSQL when Elasticsearch does not answer in
 * time: browsing by star, province and group keeps working, only full-text search waits.
 */
@Service
class Listings {

	private static final Logger logger = LoggerFactory.getLogger(Listings.class);

	private static final Duration PATIENCE = Duration.ofSeconds(3);

	private final ElasticsearchListing search;

	private final DatabaseListing database;

	Listings(ElasticsearchListing search, DatabaseListing database) {
		this.search = search;
		this.database = database;
	}

	Mono<SearchResult> list(ProductQuery query) {
		return this.search.search(query).timeout(PATIENCE).onErrorResume((ex) -> {
			logger.warn("Elasticsearch did not answer a listing, serving it from PostgreSQL: {}", ex.toString());
			return this.database.search(query);
		});
	}

	Mono<Overview> overview() {
		return this.search.overview()
			.timeout(PATIENCE)
			.map((facets) -> new Overview(facets, true))
			.onErrorResume((ex) -> {
				logger.warn("Elasticsearch did not answer the overview, counting in PostgreSQL: {}", ex.toString());
				return this.database.overview().map((facets) -> new Overview(facets, false));
			});
	}

}
