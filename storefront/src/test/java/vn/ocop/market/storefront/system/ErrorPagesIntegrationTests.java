package vn.ocop.market.storefront.system;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import vn.ocop.market.storefront.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * An unexpected failure shows a friendly page with a reference id to quote, never a stack
 * trace.
 */
@IntegrationTest
class ErrorPagesIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void anUnexpectedErrorShowsAReferenceInsteadOfItsCause() {
		this.client.get()
			.uri("/test-failure?lang=vi")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.is5xxServerError()
			.expectBody(String.class)
			.value(allOf(containsString("Đã có lỗi"), containsString("Hệ thống đang gặp sự cố"),
					matchesPattern("(?s).*Mã tham chiếu để báo cho bộ phận hỗ trợ: [0-9a-f]{8}.*"),
					not(containsString("database password leaked")), not(containsString("IllegalStateException"))));
	}

	@Test
	void anUnexpectedErrorInTheApiIsJsonWithTheReference() {
		this.client.get()
			.uri("/test-failure")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.is5xxServerError()
			.expectBody()
			.jsonPath("$.reference")
			.isNotEmpty()
			.jsonPath("$.message")
			.doesNotExist()
			.jsonPath("$.trace")
			.doesNotExist();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Failing {

		@Bean
		RouterFunction<ServerResponse> failing() {
			return RouterFunctions.route()
				.GET("/test-failure", (request) -> Mono.error(new IllegalStateException("database password leaked")))
				.build();
		}

	}

}
