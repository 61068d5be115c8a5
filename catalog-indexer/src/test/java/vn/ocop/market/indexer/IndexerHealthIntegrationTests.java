package vn.ocop.market.indexer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health with the worker stopped, so the backlog stays where the triggers put it.
 */
@IntegrationTest
@TestPropertySource(properties = { "ocop.indexer.outbox.enabled=false", "ocop.indexer.reindex.enabled=false" })
class IndexerHealthIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Test
	void healthReportsTheOutboxBacklogWrittenByTriggers() {
		this.db
			.sql("""
					WITH r AS (INSERT INTO producer (name, name_folded, province_code) VALUES ('HTX A', 'htx a', '01') RETURNING id)
					INSERT INTO product (slug, name, name_folded, product_group, producer_id)
					SELECT 'banh-a', 'Bánh A', 'banh a', 'FOOD', id FROM r""")
			.then()
			.block();
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.outbox.details.pending")
			.isEqualTo(1)
			.jsonPath("$.components.outbox.details.parked")
			.isEqualTo(0);
	}

	@Test
	void readinessIncludesElasticsearchClusterHealth() {
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.elasticsearch.status")
			.isEqualTo("UP")
			.jsonPath("$.components.elasticsearch.details.nodes")
			.isEqualTo(1);
	}

	@Test
	void prometheusScrapesTheOutboxBacklogAndTheSyncLag() {
		this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((scrape) -> assertThat(scrape).contains("ocop_outbox_backlog", "ocop_outbox_parked",
					"ocop_sync_lag_seconds"));
	}

}
