package vn.ocop.market.indexer.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import vn.ocop.market.indexer.IndexedProducts;
import vn.ocop.market.indexer.IntegrationTest;
import vn.ocop.market.indexer.search.IndexBootstrap;
import vn.ocop.market.indexer.search.ProductDocuments;
import vn.ocop.market.indexer.search.SearchWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * Workers driven by hand (the application's own is off): several side by side, and one
 * that dies holding its claims.
 */
@IntegrationTest
@TestPropertySource(properties = { "ocop.indexer.outbox.enabled=false", "ocop.indexer.outbox.batch-size=7",
		"ocop.indexer.outbox.lease=3s" })
class OutboxWorkersIntegrationTests {

	@Autowired
	DatabaseClient db;

	@Autowired
	OutboxRows rows;

	@Autowired
	ProductDocuments documents;

	@Autowired
	SearchWriter writer;

	@Autowired
	OutboxMetrics metrics;

	@Autowired
	OutboxProperties properties;

	@Autowired
	IndexedProducts indexed;

	@Autowired
	IndexBootstrap bootstrap;

	@Test
	void twoWorkersSideBySideIndexEverythingAndNeverTheSameRowTwice() {
		// a batch that fails hands its rows back for another try: start once the index
		// exists
		this.bootstrap.ready().block(Duration.ofSeconds(60));
		long before = maxOutboxId();
		List<Long> claimedByA = Collections.synchronizedList(new ArrayList<>());
		List<Long> claimedByB = Collections.synchronizedList(new ArrayList<>());
		// a lease long enough that no batch outlives it, however loaded the machine: a
		// row
		// claimed again after its lease ran out is the designed retry, not a double claim
		OutboxProperties longLease = new OutboxProperties(false, this.properties.batchSize(),
				this.properties.pollInterval(), Duration.ofMinutes(5), this.properties.maxAttempts(),
				this.properties.backoff(), this.properties.maxBackoff(), this.properties.keepProcessed(),
				this.properties.batchesInFlight(), this.properties.backlog(), this.properties.backlogRefreshInterval());
		Disposable a = run(newWorker(longLease), claimedByA);
		Disposable b = run(newWorker(longLease), claimedByB);
		try {
			List<Long> products = Flux.range(1, 60)
				.flatMap((i) -> Mono
					.fromCallable(() -> product("Bánh tráng số " + i).producer("Cơ sở bánh tráng " + i).insert(this.db))
					.subscribeOn(Schedulers.boundedElastic()), 4)
				.collectList()
				.block();
			Flux.fromIterable(products.subList(0, 20))
				.flatMap((id) -> this.db.sql("UPDATE product SET price_vnd = price_vnd + 1 WHERE id = :id")
					.bind("id", id)
					.then(), 4)
				.blockLast();
			// a batch's rows are marked processed a moment before its worker reports them
			await().atMost(Duration.ofSeconds(20))
				.until(() -> pendingAfter(before) == 0
						&& claimedByA.size() + claimedByB.size() >= outboxIdsAfter(before).size());
			Set<Long> all = outboxIdsAfter(before);
			assertThat(new HashSet<>(claimedByA)).hasSameSizeAs(claimedByA).doesNotContainAnyElementsOf(claimedByB);
			assertThat(new HashSet<>(claimedByB)).hasSameSizeAs(claimedByB);
			assertThat(claimedByA.size() + claimedByB.size()).isEqualTo(all.size());
			assertThat(claimedByA).isNotEmpty();
			assertThat(claimedByB).isNotEmpty();
			for (long id : products) {
				assertThat(this.indexed.get(id)).as("product %d", id).isNotNull();
			}
		}
		finally {
			a.dispose();
			b.dispose();
		}
	}

	@Test
	void rowsOfAWorkerKilledMidBatchAreFinishedByAnotherAfterTheLease() {
		long id = product("Rượu Bàu Đá").producer("Làng nghề Bàu Đá").province("52").insert(this.db);
		List<ClaimedRow> abandoned = this.rows.claim(100, this.properties.lease()).collectList().block();
		assertThat(abandoned).extracting(ClaimedRow::productId).contains(id);
		long killedAt = System.nanoTime();
		OutboxBatch survivor = newWorker();
		assertThat(survivor.process().block().claimedAny()).as("the lease still holds").isFalse();
		await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> survivor.process().block().claimedAny());
		assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).isGreaterThanOrEqualTo(Duration.ofMillis(2500));
		assertThat(this.indexed.get(id).name()).isEqualTo("Rượu Bàu Đá");
		assertThat(pendingAfter(0)).isZero();
	}

	OutboxBatch newWorker() {
		return newWorker(this.properties);
	}

	OutboxBatch newWorker(OutboxProperties properties) {
		return new OutboxBatch(this.rows, this.documents, this.writer, this.metrics, properties);
	}

	static Disposable run(OutboxBatch worker, List<Long> claimed) {
		return Mono.defer(worker::process)
			.doOnNext((result) -> claimed.addAll(result.claimed()))
			.repeatWhen((done) -> done.delayElements(Duration.ofMillis(5)))
			.subscribe();
	}

	long maxOutboxId() {
		return this.db.sql("SELECT COALESCE(max(id), 0) AS n FROM catalog_outbox")
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

	long pendingAfter(long id) {
		return this.db.sql("SELECT count(*) AS n FROM catalog_outbox WHERE processed_at IS NULL AND id > :id")
			.bind("id", id)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

	Set<Long> outboxIdsAfter(long id) {
		return new HashSet<>(this.db.sql("SELECT id FROM catalog_outbox WHERE id > :id")
			.bind("id", id)
			.map((row, meta) -> row.get("id", Long.class))
			.all()
			.collectList()
			.block());
	}

}
