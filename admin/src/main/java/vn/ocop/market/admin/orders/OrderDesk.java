package vn.ocop.market.admin.orders;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import vn.ocop.market.admin.system.Forms;
import vn.ocop.market.catalog.order.OrderStatus;
import vn.ocop.market.catalog.order.OrderView;
import vn.ocop.market.catalog.order.Orders;
import vn.ocop.market.catalog.order.PaymentMethod;
import vn.ocop.market.catalog.payment.StripeGateway;

/**
 * What the office does to an order: move it along (pack, ship, deliver, cancel, take a
 * refused parcel back), record a bank transfer, give money back, and settle what needs
 * its attention. Every step is one of {@link Orders}' guarded changes, so an illegal one
 * is refused and each lands in the timeline with who and when.
 */
@Service
class OrderDesk {

	/**
	 * The changes a person makes; payment and expiry come from the payment providers and
	 * the hold job.
	 */
	static final Set<OrderStatus> MANUAL = Set.of(OrderStatus.PACKED, OrderStatus.SHIPPED, OrderStatus.DELIVERED,
			OrderStatus.CANCELLED, OrderStatus.RETURNED);

	private final Orders orders;

	private final StripeGateway stripe;

	private final DatabaseClient db;

	OrderDesk(Orders orders, StripeGateway stripe, DatabaseClient db) {
		this.orders = orders;
		this.stripe = stripe;
		this.db = db;
	}

	Mono<Void> change(OrderView order, OrderStatus to, String note, String actor) {
		if (!MANUAL.contains(to)) {
			return Mono.error(new Refusal("order.error.not-manual"));
		}
		return this.orders.change(order.id(), to, actor, Forms.text(note)).then();
	}

	/**
	 * A bank transfer the office saw on its account; the amount defaults to what is still
	 * due.
	 */
	Mono<Void> paid(OrderView order, String bankRef, Long amountVnd, String actor) {
		if (order.method() != PaymentMethod.VIETQR) {
			return Mono.error(new Refusal("order.error.not-vietqr"));
		}
		if (bankRef == null || bankRef.isBlank()) {
			return Mono.error(new Refusal("order.error.bank-ref"));
		}
		long amount = (amountVnd != null) ? amountVnd : order.totalVnd() - order.paidVnd();
		if (amount <= 0) {
			return Mono.error(new Refusal("order.error.amount"));
		}
		return this.orders.paid(order.id(), "VIETQR", bankRef.strip(), amount, actor)
			.flatMap((fresh) -> fresh ? Mono.<Void>empty() : Mono.error(new Refusal("order.error.bank-ref-used")));
	}

	/**
	 * Gives back part or all of what was paid. A card payment is refunded through Stripe
	 * under the form's key, so a second click refunds nothing more; cash and transfers
	 * are given back by hand and recorded with their reference.
	 */
	Mono<Void> refund(OrderView order, long amountVnd, String reference, String formKey, String actor) {
		if (amountVnd <= 0 || amountVnd > order.refundableVnd()) {
			return Mono.error(new Refusal("order.error.refund-amount"));
		}
		if (order.method() != PaymentMethod.CARD) {
			if (reference == null || reference.isBlank()) {
				return Mono.error(new Refusal("order.error.refund-ref"));
			}
			return this.orders.refunded(order.id(), order.method().name(), reference.strip(), amountVnd, actor)
				.flatMap(
						(fresh) -> fresh ? Mono.<Void>empty() : Mono.error(new Refusal("order.error.refund-ref-used")));
		}
		if (!this.stripe.enabled()) {
			return Mono.error(new Refusal("order.error.stripe-off"));
		}
		OrderView.Payment charge = order.payments()
			.stream()
			.filter((payment) -> "STRIPE".equals(payment.provider()) && !payment.refund())
			.findFirst()
			.orElse(null);
		if (charge == null) {
			return Mono.error(new Refusal("order.error.refund-amount"));
		}
		long before = order.payments()
			.stream()
			.filter((payment) -> "STRIPE".equals(payment.provider()) && payment.refund())
			.mapToLong(OrderView.Payment::amountVnd)
			.sum();
		return this.stripe.refund(charge.providerRef(), amountVnd, "refund-" + order.reference() + "-" + formKey)
			.flatMap((refundId) -> this.orders.refundedUpTo(order.id(), "STRIPE", refundId, before + amountVnd, actor))
			.then();
	}

	/**
	 * Settles what the order was flagged for, with the office's note.
	 */
	Mono<Void> settle(OrderView order, String note, String actor) {
		if (order.needsAttention() == null) {
			return Mono.empty();
		}
		if (note == null || note.isBlank()) {
			return Mono.error(new Refusal("order.error.settle-note"));
		}
		return this.db.sql("""
				WITH settled AS (UPDATE customer_order SET needs_attention = NULL, updated_at = now()
				                 WHERE id = :id AND needs_attention IS NOT NULL RETURNING id, status)
				INSERT INTO order_event (order_id, actor, from_status, to_status, note)
				SELECT id, :actor, status, status, :note FROM settled""")
			.bind("id", order.id())
			.bind("actor", actor)
			.bind("note", "SETTLED " + note.strip())
			.then();
	}

	/**
	 * A step the office may not take now, with the message key that says why.
	 */
	static final class Refusal extends RuntimeException {

		private final String messageKey;

		Refusal(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

}
