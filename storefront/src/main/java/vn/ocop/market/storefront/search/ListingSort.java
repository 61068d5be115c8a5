package vn.ocop.market.storefront.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a list is ordered, by the code used in URLs.
 */
enum ListingSort {

	RELEVANCE("relevance"), STARS("stars"), PRICE_ASC("price_asc"), PRICE_DESC("price_desc"), NEWEST("newest");

	private final String code;

	ListingSort(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	static Optional<ListingSort> of(String code) {
		return Arrays.stream(values()).filter((sort) -> sort.code.equals(code)).findFirst();
	}

}
