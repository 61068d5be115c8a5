package vn.ocop.market.indexer.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch.indices.IndexSettings;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import vn.ocop.market.indexer.IndexedProducts;
import vn.ocop.market.indexer.IntegrationTest;
import vn.ocop.market.indexer.search.IndexBootstrap;
import vn.ocop.market.indexer.search.LiveRefresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * A backlog is written with the live index refreshing seldom, and is searchable the
 * moment the drain ends; a drain below the backlog leaves the refresh alone. The worker
 * runs only when a test calls it, so each drain sees every row the test wrote.
 */
@IntegrationTest
@TestPropertySource(properties = { "ocop.indexer.outbox.enabled=false", "ocop.indexer.outbox.batch-size=10",
		"ocop.indexer.outbox.backlog=30", "ocop.indexer.outbox.backlog-refresh-interval=37s" })
class OutboxBacklogIntegrationTests {

	@Autowired
	DatabaseClient db;

	@Autowired
	IndexedProducts indexed;

	@Autowired
	OutboxWorker worker;

	@Autowired
	LiveRefresh liveRefresh;

	@Autowired
	MeterRegistry registry;

	@Autowired
	IndexBootstrap bootstrap;

	@BeforeEach
	void theAliasExists() {
		this.bootstrap.ready().block(Duration.ofSeconds(30));
	}

	@Test
	void whileABacklogIsWrittenTheLiveIndexRefreshesAtTheBacklogIntervalThenAtItsServingOne() {
		AtomicReference<String> during = new AtomicReference<>();
		this.liveRefresh.every("37s", offTheClientsThreads(() -> during.set(refreshInterval()))).block();
		assertThat(during.get()).isEqualTo("37s");
		assertThat(refreshInterval()).isEqualTo("1s");
	}

	@Test
	void aFailedBacklogStillGivesTheLiveIndexItsRefreshBack() {
		Mono<Void> failing = offTheClientsThreads(() -> assertThat(refreshInterval()).isEqualTo("37s"))
			.then(Mono.error(new IllegalStateException("Elasticsearch went away")));
		assertThatThrownBy(() -> this.liveRefresh.every("37s", failing).block())
			.hasMessageContaining("Elasticsearch went away");
		assertThat(refreshInterval()).isEqualTo("1s");
	}

	@Test
	void aDrainBelowTheBacklogWritesAsUsualAndOneAboveIsWrittenAsABacklogSearchableAtOnce() {
		long before = this.indexed.countAll();
		double backlogsBefore = backlogDrains();
		insertProducts("Trà shan tuyết", 3);
		this.worker.drain().block();
		assertThat(backlogDrains()).isEqualTo(backlogsBefore);
		long afterSmall = before + 3;
		awaitCount(afterSmall);

		insertProducts("Miến dong Bình Liêu", 35);
		this.worker.drain().block();
		assertThat(backlogDrains()).isEqualTo(backlogsBefore + 1);
		// refreshed once the backlog was written, not 37 s later
		assertThat(this.indexed.countAll()).isEqualTo(afterSmall + 35);
		assertThat(refreshInterval()).isEqualTo("1s");
		assertThat(pending()).isZero();
	}

	/** The test's blocking reads, on threads of their own rather than the client's. */
	private static Mono<Void> offTheClientsThreads(Runnable check) {
		return Mono.<Void>fromRunnable(check).subscribeOn(Schedulers.boundedElastic());
	}

	private void insertProducts(String name, int count) {
		for (int i = 0; i < count; i++) {
			product(name + " " + i).producer("HTX " + name + " " + i).insert(this.db);
		}
	}

	private void awaitCount(long expected) {
		await().until(() -> this.indexed.countAll() == expected);
	}

	private double backlogDrains() {
		return this.registry.counter("ocop.outbox.backlog.drains").count();
	}

	private long pending() {
		return this.db.sql("SELECT count(*) AS n FROM catalog_outbox WHERE processed_at IS NULL")
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private String refreshInterval() {
		IndexSettings settings = this.indexed.client()
			.indices()
			.getSettings((g) -> g.index(this.indexed.alias()))
			.join()
			.result()
			.values()
			.iterator()
			.next()
			.settings();
		IndexSettings index = (settings.index() != null) ? settings.index() : settings;
		return index.refreshInterval().time();
	}

}
