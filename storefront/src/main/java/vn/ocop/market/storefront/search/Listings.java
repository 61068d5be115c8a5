package vn.ocop.market.storefront.search;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
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

	private final ElasticsearchListing search;

	private final DatabaseListing database;

	private final SearchBreaker breaker;

	Listings(ElasticsearchListing search, DatabaseListing database, SearchBreaker breaker) {
		this.search = search;
		this.database = database;
		this.breaker = breaker;
	}

	Mono<SearchResult> list(ProductQuery query) {
		return this.breaker.guard(this.search.search(query)).onErrorResume((ex) -> {
			skipped("a listing", ex);
			return this.database.search(query);
		});
	}

	Mono<Overview> overview() {
		return this.breaker.guard(this.search.overview())
			.map((facets) -> new Overview(facets, true))
			.onErrorResume((ex) -> {
				skipped("the overview", ex);
				return this.database.overview().map((facets) -> new Overview(facets, false));
			});
	}

	/**
	 * Logs why Elasticsearch was left out; while the breaker is open that is every call,
	 * and the breaker logged once when it opened.
	 */
	private static void skipped(String what, Throwable ex) {
		if (ex instanceof CallNotPermittedException) {
			logger.debug("Elasticsearch circuit open: {} from PostgreSQL", what);
		}
		else {
			logger.warn("Elasticsearch did not answer {}, serving it from PostgreSQL: {}", what, ex.toString());
		}
	}

}
