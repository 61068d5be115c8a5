package vn.ocop.market.catalog.order;

/**
 * How a buyer pays an online order: cash on delivery (still how most Vietnamese buyers
 * pay), a VietQR bank transfer, or a card through Stripe's hosted Checkout.
 */
public enum PaymentMethod {

	COD, VIETQR, CARD;

	/**
	 * Where an order of this method starts: paid on delivery, or waiting for its payment.
	 */
	public OrderStatus firstStatus() {
		return (this == COD) ? OrderStatus.CONFIRMED : OrderStatus.PENDING_PAYMENT;
	}

}
