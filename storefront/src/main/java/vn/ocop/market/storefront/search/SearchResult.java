package vn.ocop.market.storefront.search;

import java.util.List;

import vn.ocop.market.storefront.catalog.ProductCard;

/**
 * One page of a listing.
 *
 * @param fromSearch whether Elasticsearch answered; when it did not, PostgreSQL did,
 * without full-text search
 */
record SearchResult(ProductQuery query, long total, List<ProductCard> items, Facets facets, boolean fromSearch) {

	public int pages() {
		return (int) Math.min((this.total + this.query.size() - 1) / this.query.size(),
				ProductQuery.MAX_WINDOW / this.query.size());
	}

	/**
	 * Whether the shopper typed text that could not be searched.
	 */
	public boolean textIgnored() {
		return !this.fromSearch && this.query.hasText();
	}

}
