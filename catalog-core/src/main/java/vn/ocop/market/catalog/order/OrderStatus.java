package vn.ocop.market.catalog.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an online order stands, and where it may go next. Card and VietQR orders start
 * {@link #PENDING_PAYMENT}; cash on delivery starts {@link #CONFIRMED} and is paid on
 * delivery. Every change is one of {@link #next()}; anything else is refused.
 */
public enum OrderStatus {

	PENDING_PAYMENT, PAID, CONFIRMED, PACKED, SHIPPED, DELIVERED, CANCELLED, EXPIRED, RETURNED, REFUNDED;

	/**
	 * The states this one may change to.
	 */
	public Set<OrderStatus> next() {
		return switch (this) {
			case PENDING_PAYMENT -> EnumSet.of(PAID, EXPIRED, CANCELLED);
			case CONFIRMED -> EnumSet.of(PACKED, CANCELLED);
			case PAID -> EnumSet.of(PACKED, REFUNDED);
			case PACKED -> EnumSet.of(SHIPPED, CANCELLED, REFUNDED);
			case SHIPPED -> EnumSet.of(DELIVERED, RETURNED);
			case DELIVERED -> EnumSet.of(REFUNDED);
			case CANCELLED, EXPIRED, RETURNED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
		};
	}

	public boolean mayBecome(OrderStatus next) {
		return next().contains(next);
	}

	/**
	 * Whether the order still holds its units on the ledger (reserved, not yet shipped).
	 */
	public boolean holdsStock() {
		return this == PENDING_PAYMENT || this == PAID || this == CONFIRMED || this == PACKED;
	}

	/**
	 * Whether nothing more can happen to the order.
	 */
	public boolean ended() {
		return next().isEmpty();
	}

}
