package vn.ocop.market.catalog.order;

import java.time.Instant;
import java.util.List;

/**
 * An order as its buyer and the office see it: where it stands, what it holds, where it
 * goes, how it was paid and what happened to it.
 *
 * @param needsAttention why the office must look at it (a payment after it expired), or
 * null
 */
public record OrderView(long id, String reference, String token, OrderStatus status, PaymentMethod method,
		String customerName, String phone, String email, String provinceCode, String address, long subtotalVnd,
		long shippingVnd, long totalVnd, long paidVnd, long refundedVnd, Instant holdUntil, String stripeSessionUrl,
		String needsAttention, Instant createdAt, List<Shipment> shipments, List<Orders.TimelineEvent> timeline,
		List<Payment> payments) {

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

	/**
	 * What is left to refund: all that was paid, less what went back.
	 */
	public long refundableVnd() {
		return Math.max(0, this.paidVnd - this.refundedVnd);
	}

	public record Shipment(long id, long locationId, String from, String zone, int weightGrams, long feeVnd,
			Instant shippedAt, List<Line> lines) {

	}

	public record Line(long productId, String slug, String name, int quantity, long unitPriceVnd) {

		public long amount() {
			return this.unitPriceVnd * this.quantity;
		}

	}

	/**
	 * Money that came in or went back.
	 */
	public record Payment(String provider, String kind, String providerRef, long amountVnd, boolean late, String note,
			String recordedBy, Instant at) {

		public boolean refund() {
			return "REFUND".equals(this.kind);
		}

	}

}
