package vn.ocop.market.storefront.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import vn.ocop.market.catalog.order.PaymentMethod;
import vn.ocop.market.catalog.payment.StripeGateway;
import vn.ocop.market.catalog.payment.VietQr;
import vn.ocop.market.catalog.payment.VietQrProperties;

/**
 * The payment methods behind one small interface: which are offered, and what the buyer
 * does next once the order is placed. Cash on delivery needs nothing; a VietQR transfer
 * shows its code for the amount with the order's reference as the note; a card goes to
 * Stripe's hosted Checkout (offered only when Stripe is configured). A domestic gateway
 * would be one more case here.
 */
@Service
public class Payments {

	private static final Logger logger = LoggerFactory.getLogger(Payments.class);

	/** Stripe refuses a session that ends sooner than this. */
	private static final Duration STRIPE_SHORTEST = Duration.ofMinutes(31);

	private final StripeGateway stripe;

	private final VietQrProperties bank;

	private final DatabaseClient db;

	private final Clock clock;

	Payments(StripeGateway stripe, VietQrProperties bank, DatabaseClient db, Clock clock) {
		this.stripe = stripe;
		this.bank = bank;
		this.db = db;
		this.clock = clock;
	}

	public List<PaymentMethod> offered() {
		List<PaymentMethod> methods = new ArrayList<>(List.of(PaymentMethod.COD, PaymentMethod.VIETQR));
		if (this.stripe.enabled()) {
			methods.add(PaymentMethod.CARD);
		}
		return methods;
	}

	public boolean offers(PaymentMethod method) {
		return offered().contains(method);
	}

	public VietQr vietQr(long totalVnd, String reference) {
		return this.bank.forAmount(totalVnd, reference);
	}

	public VietQrProperties bank() {
		return this.bank;
	}

	/**
	 * A card order's Stripe session, opened once: the key is the order's, persisted with
	 * it before this call, so a retry after a failure meets the same session. When Stripe
	 * cannot be reached the order stays, waiting for its payment, and its page offers to
	 * try again.
	 * @return the hosted page's address, empty when Stripe did not answer
	 */
	public Mono<String> cardSession(long orderId, String baseUrl) {
		return this.db
			.sql("""
					SELECT o.reference, o.email, o.access_token, o.idempotency_key, o.hold_until, o.stripe_session_url, o.status
					FROM customer_order o WHERE o.id = :id AND o.payment_method = 'CARD'""")
			.bind("id", orderId)
			.map((row, meta) -> new CardRow(row.get("reference", String.class), row.get("email", String.class),
					row.get("access_token", String.class), row.get("idempotency_key", String.class),
					row.get("hold_until", Instant.class), row.get("stripe_session_url", String.class),
					row.get("status", String.class)))
			.one()
			.filter((order) -> "PENDING_PAYMENT".equals(order.status()))
			.flatMap(
					(order) -> (order.sessionUrl() != null) ? Mono.just(order.sessionUrl())
							: lines(orderId).flatMap(
									(lines) -> this.stripe
										.session(
												new StripeGateway.CardOrder(order.reference(), order.email(),
														baseUrl + "/don-hang/" + order.reference() + "?t="
																+ order.token(),
														expiry(order.holdUntil()), lines),
												"ocop-order-" + order.key())
										.flatMap((session) -> this.db
											.sql("""
													UPDATE customer_order SET stripe_session_id = :session, stripe_session_url = :url, updated_at = now()
													WHERE id = :id""")
											.bind("session", session.id())
											.bind("url", session.url())
											.bind("id", orderId)
											.then()
											.thenReturn(session.url()))))
			.onErrorResume((ex) -> {
				logger.warn("Stripe did not open a session for order {}: {}", orderId, ex.toString());
				return Mono.empty();
			});
	}

	private Mono<List<StripeGateway.CardOrder.Line>> lines(long orderId) {
		return this.db
			.sql("""
					SELECT l.name, l.unit_price_vnd, l.quantity FROM order_line l WHERE l.order_id = :id ORDER BY l.product_id""")
			.bind("id", orderId)
			.map((row, meta) -> new StripeGateway.CardOrder.Line(row.get("name", String.class),
					row.get("unit_price_vnd", Long.class), row.get("quantity", Integer.class)))
			.all()
			.collectList()
			.flatMap((lines) -> this.db.sql("SELECT shipping_vnd FROM customer_order WHERE id = :id")
				.bind("id", orderId)
				.map((row, meta) -> row.get("shipping_vnd", Long.class))
				.one()
				.map((shipping) -> {
					List<StripeGateway.CardOrder.Line> all = new ArrayList<>(lines);
					if (shipping > 0) {
						all.add(new StripeGateway.CardOrder.Line("Phí vận chuyển", shipping, 1));
					}
					return all;
				}));
	}

	/**
	 * The session ends with the hold when Stripe allows it (at least 30 minutes ahead);
	 * otherwise the hold's own expiry ends it.
	 */
	private Instant expiry(Instant holdUntil) {
		Instant now = this.clock.instant();
		return (holdUntil != null && holdUntil.isAfter(now.plus(STRIPE_SHORTEST))) ? holdUntil : null;
	}

	private record CardRow(String reference, String email, String token, String key, Instant holdUntil,
			String sessionUrl, String status) {

	}

}
