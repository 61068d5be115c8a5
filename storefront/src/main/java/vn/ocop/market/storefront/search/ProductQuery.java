package vn.ocop.market.storefront.search;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.web.util.UriUtils;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.scoring.ProductGroup;

/**
 * What a shopper asks the listing for: optional text, filters, an order and a page (from
 * 1). Every field but text, sort, page and size may be {@code null}.
 */
record ProductQuery(String text, Integer stars, Province province, ProductGroup group, Long minPrice, Long maxPrice,
		ListingSort sort, int page, int size) {

	private static final String PATH = "/san-pham";

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
		// written by hand: a listing has some 50 links, and UriComponentsBuilder was a
		// tenth of the facets' cost under JFR
		StringBuilder link = new StringBuilder(80).append(PATH);
		unlessChanged(link, changes, "q", hasText() ? this.text : null);
		unlessChanged(link, changes, "star", this.stars);
		unlessChanged(link, changes, "province", (this.province != null) ? this.province.slug() : null);
		unlessChanged(link, changes, "group", (this.group != null) ? this.group.code() : null);
		unlessChanged(link, changes, "minPrice", this.minPrice);
		unlessChanged(link, changes, "maxPrice", this.maxPrice);
		unlessChanged(link, changes, "sort", (this.sort != ListingSort.RELEVANCE) ? this.sort.code() : null);
		// a changed parameter comes last, as UriComponentsBuilder put it
		changes.forEach((name, value) -> parameter(link, name, value));
		return link.toString();
	}

	private static void unlessChanged(StringBuilder link, Map<String, Object> changes, String name, Object value) {
		if (!changes.containsKey(name)) {
			parameter(link, name, value);
		}
	}

	private static void parameter(StringBuilder link, String name, Object value) {
		if (value != null) {
			link.append((link.length() == PATH.length()) ? '?' : '&')
				.append(name)
				.append('=')
				.append(UriUtils.encodeQueryParam(value.toString(), StandardCharsets.UTF_8));
		}
	}

}
