package vn.ocop.market.indexer.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.r2dbc.spi.Readable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import vn.ocop.market.indexer.IndexedProducts;
import vn.ocop.market.indexer.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * An index that refuses writes (closed) makes rows retry with growing waits, then park
 * with the error; the admin's retry brings them back once it accepts writes again.
 */
@IntegrationTest
@TestPropertySource(properties = { "ocop.indexer.outbox.max-attempts=3", "ocop.indexer.outbox.backoff=300ms",
		"ocop.indexer.outbox.poll-interval=100ms" })
class OutboxFailureIntegrationTests {

	/** What admin's "retry" button runs. */
	static final String RETRY = """
			WITH r AS (
			    UPDATE catalog_outbox SET parked = false, attempts = 0, next_attempt_at = now(), claimed_at = NULL
			    WHERE parked AND processed_at IS NULL RETURNING product_id)
			SELECT pg_notify('catalog_outbox', product_id::text) FROM r""";

	@Autowired
	DatabaseClient db;

	@Autowired
	IndexedProducts indexed;

	@Test
	void aRefusingIndexMakesRowsRetryWithBackoffThenParkWithTheErrorUntilRetried() {
		long id = product("Nem chua Thanh Hóa").producer("Cơ sở Nem Thanh").province("38").insert(this.db);
		await().atMost(Duration.ofSeconds(15)).until(() -> this.indexed.get(id) != null);
		Set<String> concrete = this.indexed.behindAlias();
		this.indexed.client().indices().close((c) -> c.index(concrete.iterator().next())).join();
		try {
			this.db.sql("UPDATE product SET name = 'Nem chua Thanh Hoá loại 1' WHERE id = :id")
				.bind("id", id)
				.then()
				.block();
			await().atMost(Duration.ofSeconds(15)).until(() -> parked(id) != null);
			Row row = parked(id);
			assertThat(row.attempts()).isEqualTo(3);
			assertThat(row.lastError()).contains("index_closed_exception");
			// 300 ms, then 600 ms between the three attempts
			assertThat(Duration.between(row.createdAt(), row.nextAttemptAt()))
				.isGreaterThanOrEqualTo(Duration.ofMillis(900));
		}
		finally {
			this.indexed.client().indices().open((o) -> o.index(concrete.iterator().next())).join();
		}
		this.db.sql(RETRY).then().block();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(this.indexed.get(id).name()).isEqualTo("Nem chua Thanh Hoá loại 1");
			assertThat(parked(id)).isNull();
		});
	}

	Row parked(long productId) {
		return this.db.sql("""
				SELECT attempts, last_error, created_at, next_attempt_at FROM catalog_outbox
				WHERE product_id = :id AND parked ORDER BY id DESC LIMIT 1""")
			.bind("id", productId)
			.map(OutboxFailureIntegrationTests::row)
			.one()
			.block();
	}

	static Row row(Readable row) {
		return new Row(row.get("attempts", Integer.class), row.get("last_error", String.class),
				row.get("created_at", Instant.class), row.get("next_attempt_at", Instant.class));
	}

	record Row(int attempts, String lastError, Instant createdAt, Instant nextAttemptAt) {

	}

}
