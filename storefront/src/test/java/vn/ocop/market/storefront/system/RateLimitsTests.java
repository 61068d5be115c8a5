package vn.ocop.market.storefront.system;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkouts and order look-ups past a client's limit in a minute get 429 with a reason,
 * other clients and other pages are untouched, and the next minute starts afresh.
 */
class RateLimitsTests {

	static final Instant NOON = Instant.parse("2026-12-01T05:00:10Z");

	AtomicReference<Clock> clock = new AtomicReference<>(Clock.fixed(NOON, ZoneOffset.UTC));

	RateLimits limits = new RateLimits(new RateLimits.Limits(2, 3), messages(), new Clock() {

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return RateLimitsTests.this.clock.get().instant();
		}

	});

	@Test
	void lookUpsPastTheLimitAreRefusedUntilTheNextMinute() {
		for (int i = 0; i < 3; i++) {
			assertThat(status(get("/api/orders/DH12345678?token=x", "203.0.113.5"))).isNull();
		}
		MockServerWebExchange refused = get("/api/orders/DH12345678?token=y", "203.0.113.5");
		assertThat(status(refused)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("60");
		assertThat(refused.getResponse().getBodyAsString().block())
			.isEqualTo("{\"error\":\"RATE_LIMITED\",\"message\":\"Quá nhiều yêu cầu\"}");
		assertThat(status(get("/don-hang/DH12345678?t=z", "203.0.113.5"))).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(status(get("/api/orders/DH12345678?token=x", "198.51.100.7"))).isNull();
		assertThat(status(get("/san-pham", "203.0.113.5"))).isNull();
		this.clock.set(Clock.offset(this.clock.get(), Duration.ofMinutes(1)));
		assertThat(status(get("/api/orders/DH12345678?token=x", "203.0.113.5"))).isNull();
	}

	@Test
	void checkoutsHaveTheirOwnLimit() {
		assertThat(status(post("/api/carts/c1/checkout"))).isNull();
		assertThat(status(post("/thanh-toan"))).isNull();
		assertThat(status(post("/api/carts/c2/checkout"))).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(status(post("/gio-hang/them"))).isNull();
		assertThat(status(get("/api/orders/DH12345678?token=x", "203.0.113.9"))).isNull();
	}

	/**
	 * The status the filter set, or null when it let the request through.
	 */
	private HttpStatus status(MockServerWebExchange exchange) {
		this.limits.filter(exchange, (passed) -> Mono.empty()).block();
		return (HttpStatus) exchange.getResponse().getStatusCode();
	}

	private static MockServerWebExchange get(String uri, String address) {
		return MockServerWebExchange
			.from(MockServerHttpRequest.get(uri).remoteAddress(new InetSocketAddress(address, 40000)));
	}

	private static MockServerWebExchange post(String uri) {
		return MockServerWebExchange
			.from(MockServerHttpRequest.post(uri).remoteAddress(new InetSocketAddress("203.0.113.9", 40000)));
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("rate.limited", Locale.forLanguageTag("vi"), "Quá nhiều yêu cầu");
		messages.setUseCodeAsDefaultMessage(true);
		return messages;
	}

}
