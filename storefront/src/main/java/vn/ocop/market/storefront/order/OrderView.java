package vn.ocop.market.storefront.order;

import java.time.Instant;
import java.util.List;

import vn.ocop.market.catalog.order.OrderStatus;
import vn.ocop.market.catalog.order.Orders;
import vn.ocop.market.catalog.order.PaymentMethod;

/**
 * An order as its buyer sees it: where it stands, what it holds, where it goes, how to
 * pay and what happened to it.
 */
public record OrderView(long id, String reference, String token, OrderStatus status, PaymentMethod method,
		String customerName, String phone, String email, String provinceCode, String address, long subtotalVnd,
		long shippingVnd, long totalVnd, long paidVnd, long refundedVnd, Instant holdUntil, String stripeSessionUrl,
		Instant createdAt, List<Shipment> shipments, List<Orders.TimelineEvent> timeline) {

	public boolean awaitingPayment() {
		return this.status == OrderStatus.PENDING_PAYMENT;
	}

	public String path() {
		return "/don-hang/" + this.reference + "?t=" + this.token;
	}

	/**
	 * Masked for pages that anybody with the link sees: 0912 *** 678.
	 */
	public String maskedPhone() {
		return this.phone.substring(0, 4) + " *** " + this.phone.substring(7);
	}

	public record Shipment(long id, String from, String zone, int weightGrams, long feeVnd, Instant shippedAt,
			List<Line> lines) {

	}

	public record Line(String slug, String name, int quantity, long unitPriceVnd) {

		public long amount() {
			return this.unitPriceVnd * this.quantity;
		}

	}

}
