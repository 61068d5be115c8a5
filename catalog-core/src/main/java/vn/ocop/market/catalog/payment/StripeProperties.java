package vn.ocop.market.catalog.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Stripe, for card payments. Without a secret key the card option is hidden and
 * everything else works.
 *
 * @param secretKey the API key ({@code sk_test_...} for test mode)
 * @param webhookSecret the signing secret of the webhook endpoint ({@code whsec_...})
 * @param apiBase where the API answers; blank for Stripe itself (tests use a local stub)
 */
@ConfigurationProperties("ocop.stripe")
public record StripeProperties(String secretKey, String webhookSecret, String apiBase) {

	public boolean enabled() {
		return this.secretKey != null && !this.secretKey.isBlank();
	}

}
