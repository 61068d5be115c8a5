package vn.ocop.market.storefront.system;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTests {

	private final SecurityHeaders writer = new SecurityHeaders("default-src 'self'");

	@Test
	void writesEverySecurityHeader() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/san-pham"));
		this.writer.writeHttpHeaders(exchange).block();
		HttpHeaders headers = exchange.getResponse().getHeaders();
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("X-XSS-Protection")).isEqualTo("0");
		assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'self'");
	}

	@Test
	void leavesAHeaderTheResponseSetItself() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/san-pham"));
		exchange.getResponse().getHeaders().set("content-security-policy", "default-src 'none'");
		this.writer.writeHttpHeaders(exchange).block();
		assertThat(exchange.getResponse().getHeaders().get("Content-Security-Policy"))
			.containsExactly("default-src 'none'");
		assertThat(exchange.getResponse().getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
	}

}
