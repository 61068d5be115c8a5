package vn.ocop.market.storefront.cart;

/**
 * What changed about a line since it went into the cart, re-checked at every view and at
 * checkout, so the buyer reads it before confirming.
 */
public enum CartProblem {

	/** "giá đã thay đổi": the price is not the one the line was added at. */
	PRICE_CHANGED,

	/** "đã hết hàng": no warehouse that ships online has any. */
	OUT_OF_STOCK,

	/** Fewer units are available from one warehouse than the line asks for. */
	LIMITED,

	/** "chứng nhận OCOP đã hết hạn": not a listed OCOP product any more. */
	CERTIFICATE_EXPIRED,

	/** Not sold online: no price, or a service (rural tourism). */
	NOT_SOLD_ONLINE;

	/**
	 * Whether the line can still be ordered as it is: a changed price is shown and
	 * accepted, the others must be fixed first.
	 */
	public boolean blocks() {
		return this != PRICE_CHANGED;
	}

}
