package vn.ocop.market.catalog.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Card payments through Stripe's hosted Checkout, in VND (a zero-decimal currency:
 * amounts are whole đồng, never × 100). Every call that creates something carries an
 * idempotency key the caller persisted first. The Stripe library blocks, so calls run on
 * the bounded elastic scheduler.
 */
public class StripeGateway {

	/**
	 * Stripe's own answer to a missing or changed signature, and to anything unreadable.
	 */
	public static class InvalidWebhookException extends RuntimeException {

		InvalidWebhookException(Throwable cause) {
			super("Webhook refused: " + cause.getMessage(), cause, false, false);
		}

	}

	private static final long TOLERANCE_SECONDS = 300;

	private final StripeProperties properties;

	private final StripeClient client;

	public StripeGateway(StripeProperties properties) {
		this.properties = properties;
		if (properties.enabled()) {
			StripeClient.StripeClientBuilder builder = StripeClient.builder()
				.setApiKey(properties.secretKey())
				.setMaxNetworkRetries(2);
			if (properties.apiBase() != null && !properties.apiBase().isBlank()) {
				// a trailing slash would make every path start with //
				builder.setApiBase(properties.apiBase().replaceAll("/+$", ""));
			}
			this.client = builder.build();
		}
		else {
			this.client = null;
		}
	}

	public boolean enabled() {
		return this.client != null;
	}

	/**
	 * Opens a hosted Checkout Session for the order.
	 * @param idempotencyKey persisted with the order before this call
	 */
	public Mono<CardSession> session(CardOrder order, String idempotencyKey) {
		return call(() -> {
			SessionCreateParams.Builder params = SessionCreateParams.builder()
				.setMode(SessionCreateParams.Mode.PAYMENT)
				.setSuccessUrl(order.returnUrl())
				.setCancelUrl(order.returnUrl())
				.setClientReferenceId(order.reference())
				.putMetadata("order_reference", order.reference())
				.setLocale(SessionCreateParams.Locale.VI);
			if (order.email() != null) {
				params.setCustomerEmail(order.email());
			}
			if (order.expiresAt() != null) {
				params.setExpiresAt(order.expiresAt().getEpochSecond());
			}
			for (CardOrder.Line line : order.lines()) {
				params.addLineItem(SessionCreateParams.LineItem.builder()
					.setQuantity((long) line.quantity())
					.setPriceData(SessionCreateParams.LineItem.PriceData.builder()
						.setCurrency("vnd")
						.setUnitAmount(line.unitPriceVnd())
						.setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
							.setName(line.name())
							.build())
						.build())
					.build());
			}
			Session session = this.client.v1()
				.checkout()
				.sessions()
				.create(params.build(), RequestOptions.builder().setIdempotencyKey(idempotencyKey).build());
			return CardSession.of(session);
		});
	}

	public Mono<CardSession> retrieve(String sessionId) {
		return call(() -> CardSession.of(this.client.v1().checkout().sessions().retrieve(sessionId)));
	}

	/**
	 * Ends an open session, so its hold cannot be paid after it ended.
	 */
	public Mono<CardSession> expire(String sessionId) {
		return call(() -> CardSession.of(this.client.v1().checkout().sessions().expire(sessionId)));
	}

	/**
	 * Gives back part or all of a card payment.
	 * @return the refund's id
	 */
	public Mono<String> refund(String paymentIntent, long amountVnd, String idempotencyKey) {
		return call(() -> this.client.v1()
			.refunds()
			.create(RefundCreateParams.builder().setPaymentIntent(paymentIntent).setAmount(amountVnd).build(),
					RequestOptions.builder().setIdempotencyKey(idempotencyKey).build())
			.getId());
	}

	/**
	 * Verifies a webhook on its raw body before anything reads it, within five minutes of
	 * its signing.
	 * @throws InvalidWebhookException for a forged, stale or unreadable one
	 */
	public Event verify(String payload, String signature) {
		try {
			return Webhook.constructEvent(payload, signature, this.properties.webhookSecret(), TOLERANCE_SECONDS);
		}
		catch (Exception ex) {
			throw new InvalidWebhookException(ex);
		}
	}

	/**
	 * The object an event is about, also when it was sent with another API version.
	 */
	public static Optional<StripeObject> object(Event event) {
		EventDataObjectDeserializer data = event.getDataObjectDeserializer();
		if (data.getObject().isPresent()) {
			return data.getObject();
		}
		try {
			return Optional.of(data.deserializeUnsafe());
		}
		catch (Exception ex) {
			return Optional.empty();
		}
	}

	private <T> Mono<T> call(StripeCall<T> call) {
		if (this.client == null) {
			return Mono.error(new IllegalStateException("Stripe is not configured"));
		}
		return Mono.fromCallable(call::run).subscribeOn(Schedulers.boundedElastic());
	}

	@FunctionalInterface
	private interface StripeCall<T> {

		T run() throws StripeException;

	}

	/**
	 * What a card order tells Stripe.
	 *
	 * @param returnUrl where the buyer comes back, paid or not: the order's page
	 * @param expiresAt when the session ends (30 minutes to 24 hours away), null for
	 * Stripe's default
	 */
	public record CardOrder(String reference, String email, String returnUrl, Instant expiresAt, List<Line> lines) {

		public record Line(String name, long unitPriceVnd, int quantity) {

		}

	}

	/**
	 * A Checkout Session as Stripe reports it.
	 */
	public record CardSession(String id, String url, String status, String paymentStatus, String paymentIntent,
			Long amountTotal, String reference) {

		static CardSession of(Session session) {
			return new CardSession(session.getId(), session.getUrl(), session.getStatus(), session.getPaymentStatus(),
					session.getPaymentIntent(), session.getAmountTotal(), session.getClientReferenceId());
		}

		public static CardSession from(Session session) {
			return of(session);
		}

		public boolean paid() {
			return "paid".equals(this.paymentStatus);
		}

	}

}
