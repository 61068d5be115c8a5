package vn.ocop.market.storefront.search;

import java.util.Map;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.scoring.ProductGroup;

/**
 * What a shopper asks the listing for: optional text, filters, an order and a page (from
 * 1). Every field but text, sort, page and size may be {@code null}.
 */
record ProductQuery(String text, Integer stars, Province province, ProductGroup group, Long minPrice, Long maxPrice,
		ListingSort sort, int page, int size) {

	static final int DEFAULT_SIZE = 24;

	static final int MAX_SIZE = 48;

	/** Elasticsearch's default window: deeper pages are refused. */
	static final int MAX_WINDOW = 10_000;

	static final int MAX_TEXT = 200;

	static ProductQuery all() {
		return new ProductQuery("", null, null, null, null, null, ListingSort.RELEVANCE, 1, DEFAULT_SIZE);
	}

	public boolean hasText() {
		return !this.text.isBlank();
	}

	int from() {
		return (this.page - 1) * this.size;
	}

	/**
	 * The listing's address for this query with some parameters changed (a {@code null}
	 * value removes one); the page goes back to the first unless it is what changes.
	 */
	String link(Map<String, Object> changes) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/san-pham");
		set(uri, "q", hasText() ? this.text : null);
		set(uri, "star", this.stars);
		set(uri, "province", Optional.ofNullable(this.province).map(Province::slug).orElse(null));
		set(uri, "group", Optional.ofNullable(this.group).map(ProductGroup::code).orElse(null));
		set(uri, "minPrice", this.minPrice);
		set(uri, "maxPrice", this.maxPrice);
		set(uri, "sort", (this.sort != ListingSort.RELEVANCE) ? this.sort.code() : null);
		changes.forEach((name, value) -> set(uri, name, value));
		return uri.encode().build().toUriString();
	}

	private static void set(UriComponentsBuilder uri, String name, Object value) {
		if (value == null) {
			uri.replaceQueryParam(name);
		}
		else {
			uri.replaceQueryParam(name, value);
		}
	}

}
