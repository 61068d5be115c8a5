package vn.ocop.market.storefront.checkout;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param hold how long card and VietQR orders hold their stock for the payment
 * @param mailFrom the sender of order e-mails
 */
@ConfigurationProperties("ocop.checkout")
public record CheckoutProperties(Duration hold, String mailFrom) {

}
