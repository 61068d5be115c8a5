package vn.ocop.market.storefront.checkout;

import java.util.List;

import vn.ocop.market.storefront.cart.Quote;

/**
 * A checkout refused before anything was recorded, with what the buyer needs to see: the
 * cart as priced now, and the lines that are short.
 */
public class CheckoutException extends RuntimeException {

	private final Reason reason;

	private final Quote quote;

	private final List<Long> shortProducts;

	public CheckoutException(Reason reason, Quote quote, List<Long> shortProducts) {
		super(reason.name(), null, false, false);
		this.reason = reason;
		this.quote = quote;
		this.shortProducts = List.copyOf(shortProducts);
	}

	public Reason reason() {
		return this.reason;
	}

	public Quote quote() {
		return this.quote;
	}

	public List<Long> shortProducts() {
		return this.shortProducts;
	}

	public enum Reason {

		/** Nothing in the cart. */
		EMPTY,

		/** A line cannot be ordered as it is (expired, not sold online, limited). */
		CART_CHANGED,

		/** Prices, stock or fees changed since the buyer read them. */
		QUOTE_CHANGED,

		/** A line was short when its units were reserved: nothing was reserved. */
		OUT_OF_STOCK,

		/** The same idempotency key came with another request. */
		KEY_REUSED

	}

}
