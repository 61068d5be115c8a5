package vn.ocop.market.storefront.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.storefront.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus scrapes request latency histograms per route.
 */
@IntegrationTest
class PrometheusIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void aRouteServedShowsUpAsALatencyHistogram() {
		this.client.get().uri("/robots.txt").exchange().expectStatus().isOk();
		String scrape = this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(scrape).containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/robots.txt\"[^}]*le=");
	}

}
