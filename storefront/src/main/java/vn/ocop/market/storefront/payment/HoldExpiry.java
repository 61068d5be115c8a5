package vn.ocop.market.storefront.payment;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.order.IllegalTransitionException;
import vn.ocop.market.catalog.order.OrderStatus;
import vn.ocop.market.catalog.order.Orders;
import vn.ocop.market.catalog.payment.StripeGateway;

/**
 * Card and VietQR orders hold their stock for a while; when the hold ends unpaid, the
 * order expires and its units go back (RELEASE rows). A card order's Stripe session is
 * ended first, so it cannot be paid after; if Stripe says it was paid meanwhile, the
 * payment is recorded instead. Several storefronts may run this: the order's own guarded
 * change lets only one of them expire it.
 */
@Component
class HoldExpiry {

	private static final Logger logger = LoggerFactory.getLogger(HoldExpiry.class);

	private final DatabaseClient db;

	private final Orders orders;

	private final StripeGateway stripe;

	private final Clock clock;

	HoldExpiry(DatabaseClient db, Orders orders, StripeGateway stripe, Clock clock) {
		this.db = db;
		this.orders = orders;
		this.stripe = stripe;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ocop.checkout.expiry-check:30s}",
			initialDelayString = "${ocop.checkout.expiry-check:30s}")
	Mono<Long> expireHolds() {
		return this.db.sql("""
				SELECT id, payment_method, stripe_session_id FROM customer_order
				WHERE status = 'PENDING_PAYMENT' AND hold_until < :now ORDER BY hold_until LIMIT 100""")
			.bind("now", this.clock.instant())
			.map((row, meta) -> new Held(row.get("id", Long.class), row.get("payment_method", String.class),
					row.get("stripe_session_id", String.class)))
			.all()
			.concatMap((held) -> expire(held).onErrorResume((ex) -> {
				logger.warn("Could not expire order {}: {}", held.id(), ex.toString());
				return Mono.just(false);
			}))
			.filter(Boolean::booleanValue)
			.count();
	}

	private Mono<Boolean> expire(Held held) {
		Mono<Boolean> paidMeanwhile = (held.session() != null && this.stripe.enabled())
				? this.stripe.expire(held.session())
					.map((session) -> false)
					.onErrorResume((ex) -> this.stripe.retrieve(held.session())
						.filterWhen((session) -> session.paid() ? this.orders
							.paid(held.id(), "STRIPE", session.paymentIntent(), session.amountTotal(), "stripe")
							.thenReturn(true) : Mono.just(false))
						.hasElement())
				: Mono.just(false);
		return paidMeanwhile.flatMap((paid) -> paid ? Mono.just(false)
				: this.orders.change(held.id(), OrderStatus.EXPIRED, "hold-expiry", "HOLD_ENDED")
					.thenReturn(true)
					.onErrorResume(IllegalTransitionException.class, (ex) -> Mono.just(false)));
	}

	record Held(long id, String method, String session) {

	}

}
