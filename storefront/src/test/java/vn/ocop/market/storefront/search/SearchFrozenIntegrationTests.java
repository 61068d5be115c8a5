package vn.ocop.market.storefront.search;

import java.nio.file.Path;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.catalog.search.SearchClients;
import vn.ocop.market.catalog.search.SearchProperties;
import vn.ocop.market.storefront.IntegrationTest;
import vn.ocop.market.storefront.SearchIndex;
import vn.ocop.market.storefront.ShopCatalog;
import vn.ocop.market.testsupport.FreezableElasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A frozen Elasticsearch (SIGSTOP: it accepts connections and never answers, as in a long
 * GC pause) is waited for twice; then the shop stops waiting and serves from PostgreSQL
 * at once, and goes back to Elasticsearch when a probe finds it answering again. The node
 * is this class's own: the shared one is never frozen.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = { "ocop.search.breaker.patience=3s", "ocop.search.breaker.failures-to-open=2",
		"ocop.search.breaker.retry-after=5s" })
class SearchFrozenIntegrationTests {

	private static final String NOTICE = "Tìm kiếm đang tạm gián đoạn";

	static final FreezableElasticsearch node = FreezableElasticsearch.start(Path.of("target/frozen-elasticsearch"));

	@Autowired
	WebTestClient client;

	@TestConfiguration(proxyBeanMethods = false)
	static class OwnNode {

		@Bean
		@Primary
		ElasticsearchAsyncClient freezableElasticsearch(SearchProperties properties) {
			return SearchClients.create(new SearchProperties(node.url(), properties.indexPrefix()));
		}

	}

	@BeforeAll
	void catalogue(@Autowired SearchIndex search) {
		search.fill(ShopCatalog::insert);
	}

	@AfterAll
	void stopNode() {
		node.close();
	}

	@Test
	void afterTwoWaitsTheShopStopsWaitingAndComesBackWhenElasticsearchAnswers() {
		assertThat(page(this.client, "/san-pham?q=keo+dua")).contains(ShopCatalog.KEO_DUA).doesNotContain(NOTICE);
		assertThat(breakerOpen()).isEqualTo("0.0");

		node.freeze();
		try {
			for (int i = 0; i < 2; i++) {
				assertThat(page(this.client, "/san-pham?star=4")).contains(NOTICE, ShopCatalog.KEO_DUA);
			}
			// waiting now would take the 3 s patience: this client gives up after 1.5 s
			WebTestClient impatient = this.client.mutate().responseTimeout(Duration.ofMillis(1500)).build();
			for (int i = 0; i < 5; i++) {
				assertThat(page(impatient, "/san-pham?star=4")).contains(NOTICE, ShopCatalog.KEO_DUA);
				assertThat(page(impatient, "/")).contains(NOTICE);
			}
			assertThat(breakerOpen()).isEqualTo("1.0");
		}
		finally {
			node.thaw();
		}

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(page(this.client, "/san-pham?q=keo+dua")).contains(ShopCatalog.KEO_DUA)
				.doesNotContain(NOTICE));
		assertThat(breakerOpen()).isEqualTo("0.0");
	}

	private static String page(WebTestClient client, String uri) {
		return client.get()
			.uri(uri)
			.header("Accept-Language", "vi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private String breakerOpen() {
		String scrape = page(this.client, "/actuator/prometheus");
		return scrape.lines()
			.filter((line) -> line.startsWith("ocop_search_breaker_open"))
			.map((line) -> line.substring(line.lastIndexOf(' ') + 1))
			.findFirst()
			.orElseThrow();
	}

}
