package vn.ocop.market.storefront.cart;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxPerLine the most units one line of a cart may ask for
 * @param lifetime carts untouched this long are purged
 */
@ConfigurationProperties("ocop.cart")
public record CartProperties(int maxPerLine, Duration lifetime) {

}
