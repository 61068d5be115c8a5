package vn.ocop.market.catalog.order;

/**
 * An order asked to go where its state does not lead (a delivered order cancelled, an
 * expired one shipped); nothing changed.
 */
public class IllegalTransitionException extends RuntimeException {

	private final OrderStatus from;

	private final OrderStatus to;

	public IllegalTransitionException(String reference, OrderStatus from, OrderStatus to) {
		super("Order " + reference + " cannot go from " + from + " to " + to, null, false, false);
		this.from = from;
		this.to = to;
	}

	public OrderStatus from() {
		return this.from;
	}

	public OrderStatus to() {
		return this.to;
	}

}
