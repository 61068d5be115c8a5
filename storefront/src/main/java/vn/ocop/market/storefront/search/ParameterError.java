package vn.ocop.market.storefront.search;

/**
 * A query parameter the listing cannot use, with a stable code.
 */
record ParameterError(String parameter, Code code, String value) {

	enum Code {

		NOT_A_NUMBER, OUT_OF_RANGE, UNKNOWN_VALUE, TOO_LONG, MIN_ABOVE_MAX, PAGE_TOO_DEEP

	}

}
