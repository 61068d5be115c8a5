package vn.ocop.market.storefront.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.ocop.market.catalog.payment.StripeGateway;

/**
 * Stripe's webhook. The signature is checked on the raw body before anything reads it; a
 * forged, stale or unreadable request gets 400 and changes nothing.
 */
@RestController
class StripeWebhookController {

	private static final Logger logger = LoggerFactory.getLogger(StripeWebhookController.class);

	private final StripeGateway stripe;

	private final StripeEvents events;

	StripeWebhookController(StripeGateway stripe, StripeEvents events) {
		this.stripe = stripe;
		this.events = events;
	}

	@PostMapping("/stripe/webhook")
	Mono<ResponseEntity<String>> receive(@RequestBody String payload,
			@RequestHeader(name = "Stripe-Signature", required = false) String signature) {
		if (!this.stripe.enabled() || signature == null) {
			return Mono.just(ResponseEntity.badRequest().body("no signature"));
		}
		com.stripe.model.Event event;
		try {
			event = this.stripe.verify(payload, signature);
		}
		catch (StripeGateway.InvalidWebhookException ex) {
			logger.warn("Refused a Stripe webhook: {}", ex.getMessage());
			return Mono.just(ResponseEntity.badRequest().body("invalid signature"));
		}
		return this.events.apply(event).thenReturn(ResponseEntity.ok("ok"));
	}

}
