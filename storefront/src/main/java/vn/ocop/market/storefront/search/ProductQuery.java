package vn.ocop.market.storefront.search;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
		Map<String, Object> parameters = new LinkedHashMap<>();
		put(parameters, "q", hasText() ? this.text : null);
		put(parameters, "star", this.stars);
		put(parameters, "province", (this.province != null) ? this.province.slug() : null);
		put(parameters, "group", (this.group != null) ? this.group.code() : null);
		put(parameters, "minPrice", this.minPrice);
		put(parameters, "maxPrice", this.maxPrice);
		put(parameters, "sort", (this.sort != ListingSort.RELEVANCE) ? this.sort.code() : null);
		changes.forEach((name, value) -> {
			// a changed parameter moves to the end, as UriComponentsBuilder put it
			parameters.remove(name);
			put(parameters, name, value);
		});
		// written by hand: a listing has some 50 links, and UriComponentsBuilder was a
		// tenth of the facets' cost under JFR
		StringBuilder link = new StringBuilder(80).append("/san-pham");
		char separator = '?';
		for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
			link.append(separator)
				.append(parameter.getKey())
				.append('=')
				.append(UriUtils.encodeQueryParam(parameter.getValue().toString(), StandardCharsets.UTF_8));
			separator = '&';
		}
		return link.toString();
	}

	private static void put(Map<String, Object> parameters, String name, Object value) {
		if (value != null) {
			parameters.put(name, value);
		}
	}

}
