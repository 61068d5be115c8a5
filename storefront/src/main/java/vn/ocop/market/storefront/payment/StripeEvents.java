package vn.ocop.market.storefront.payment;

import java.util.Optional;

import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.catalog.order.IllegalTransitionException;
import vn.ocop.market.catalog.order.OrderStatus;
import vn.ocop.market.catalog.order.Orders;
import vn.ocop.market.catalog.payment.StripeGateway;

/**
 * What Stripe's events do to orders. Each event is applied once: its id is stored in the
 * same transaction as its effect, so a duplicate changes nothing. Events may come in any
 * order, so each one re-reads the order instead of assuming where it stands: a payment
 * after the hold expired is kept and flagged, an expiry after the payment is ignored.
 */
@Component
class StripeEvents {

	private static final Logger logger = LoggerFactory.getLogger(StripeEvents.class);

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final Orders orders;

	StripeEvents(DatabaseClient db, TransactionalOperator transaction, Orders orders) {
		this.db = db;
		this.transaction = transaction;
		this.orders = orders;
	}

	Mono<Void> apply(Event event) {
		Optional<StripeObject> object = StripeGateway.object(event);
		if (object.isEmpty()) {
			logger.warn("Stripe event {} of type {} carries no readable object", event.getId(), event.getType());
			return Mono.empty();
		}
		Mono<Long> order = orderOf(object.get());
		return order
			.flatMap((orderId) -> once(event, orderId).filter(Boolean::booleanValue)
				.flatMap((fresh) -> effect(event.getType(), object.get(), orderId)))
			.onErrorResume(IllegalTransitionException.class, (ex) -> {
				logger.info("Stripe event {} ({}) leaves order as it is: {}", event.getId(), event.getType(),
						ex.getMessage());
				return Mono.empty();
			})
			.then()
			.as(this.transaction::transactional);
	}

	private Mono<Void> effect(String type, StripeObject object, long orderId) {
		switch (type) {
			case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> {
				Session session = (Session) object;
				if (!"paid".equals(session.getPaymentStatus())) {
					return Mono.empty();
				}
				return this.orders
					.paid(orderId, "STRIPE", session.getPaymentIntent(), session.getAmountTotal(), "stripe")
					.then();
			}
			case "checkout.session.async_payment_failed" -> {
				return this.db
					.sql("""
							INSERT INTO order_event (order_id, actor, from_status, to_status, note)
							SELECT id, 'stripe', status, status, 'CARD_PAYMENT_FAILED' FROM customer_order WHERE id = :id""")
					.bind("id", orderId)
					.then();
			}
			case "checkout.session.expired" -> {
				return this.orders.change(orderId, OrderStatus.EXPIRED, "stripe", "Stripe session expired").then();
			}
			case "charge.refunded" -> {
				Charge charge = (Charge) object;
				return this.orders
					.refundedUpTo(orderId, "STRIPE", charge.getId() + ":" + charge.getAmountRefunded(),
							charge.getAmountRefunded(), "stripe")
					.then();
			}
			default -> {
				return Mono.empty();
			}
		}
	}

	/**
	 * Stores the event's id; false when it was seen before.
	 */
	private Mono<Boolean> once(Event event, long orderId) {
		return this.db.sql("""
				INSERT INTO webhook_event (provider, event_id, type, order_id) VALUES ('STRIPE', :id, :type, :order)
				ON CONFLICT DO NOTHING""")
			.bind("id", event.getId())
			.bind("type", event.getType())
			.bind("order", orderId)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	/**
	 * The order a session or a charge is about: a session names its order's reference; a
	 * charge is found by the payment intent its order was paid with.
	 */
	private Mono<Long> orderOf(StripeObject object) {
		if (object instanceof Session session) {
			return this.db.sql("SELECT id FROM customer_order WHERE reference = :ref OR stripe_session_id = :session")
				.bind("ref", String.valueOf(session.getClientReferenceId()))
				.bind("session", session.getId())
				.map((row, meta) -> row.get("id", Long.class))
				.one();
		}
		if (object instanceof Charge charge && charge.getPaymentIntent() != null) {
			return this.db
				.sql("""
						SELECT order_id FROM payment WHERE provider = 'STRIPE' AND kind = 'CHARGE' AND provider_ref = :pi""")
				.bind("pi", charge.getPaymentIntent())
				.map((row, meta) -> row.get("order_id", Long.class))
				.one();
		}
		return Mono.empty();
	}

}
