package vn.ocop.market.storefront.cart;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Abandoned carts are purged every night once untouched for their lifetime.
 */
@Component
class CartPurge {

	private static final Logger logger = LoggerFactory.getLogger(CartPurge.class);

	private final Carts carts;

	private final CartProperties properties;

	private final Clock clock;

	CartPurge(Carts carts, CartProperties properties, Clock clock) {
		this.carts = carts;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${ocop.checkout.cart-purge-cron:0 20 3 * * *}", zone = "Asia/Ho_Chi_Minh")
	Mono<Long> purge() {
		return this.carts.purge(this.clock.instant(), this.properties.lifetime()).doOnNext((purged) -> {
			if (purged > 0) {
				logger.info("Purged {} carts untouched for {}", purged, this.properties.lifetime());
			}
		});
	}

}
