package vn.ocop.market.storefront.search;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * What the home page counts: listed products by star, province and group.
 */
@Component
public class CatalogOverview {

	private final Listings listings;

	CatalogOverview(Listings listings) {
		this.listings = listings;
	}

	public Mono<Overview> counts() {
		return this.listings.overview();
	}

}
