package vn.ocop.market.indexer.reindex;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * A full reindex requested through the database, as admin and {@code ./ocop reindex}
 * request it, while consumers search and the catalog keeps changing.
 */
@IntegrationTest
@TestPropertySource(properties = { "ocop.indexer.reindex.page-size=10", "ocop.indexer.reindex.bulk-size=8KB",
		"ocop.indexer.reindex.old-index-grace=500ms" })
class FullReindexIntegrationTests {

	static final int PRODUCTS = 150;

	@Autowired
	DatabaseClient db;

	@Autowired
	IndexedProducts indexed;

	@Test
	void aReindexSwapsTheAliasWhileSearchesKeepAnsweringAndLosesNoChangeMadeMeanwhile() {
		List<Long> ids = Flux.range(1, PRODUCTS)
			.flatMap((i) -> Mono
				.fromCallable(() -> product("Chả cá Lã Vọng " + i).producer("Cơ sở chả cá " + i).insert(this.db))
				.subscribeOn(Schedulers.boundedElastic()), 4)
			.collectList()
			.block();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.indexed.countAll() == PRODUCTS);
		Set<String> before = this.indexed.behindAlias();

		ElasticsearchAsyncClient elasticsearch = this.indexed.client();
		AtomicInteger searches = new AtomicInteger();
		AtomicInteger failedOrShort = new AtomicInteger();
		Disposable searching = Flux.interval(Duration.ofMillis(20))
			.onBackpressureDrop()
			.concatMap((tick) -> Mono.fromFuture(() -> elasticsearch.count((c) -> c.index(this.indexed.alias())))
				.doOnNext((count) -> {
					searches.incrementAndGet();
					if (count.count() < PRODUCTS) {
						failedOrShort.incrementAndGet();
					}
				})
				.onErrorResume((ex) -> {
					failedOrShort.incrementAndGet();
					return Mono.empty();
				}))
			.subscribe();
		long request = requestReindex();
		AtomicLong renames = new AtomicLong();
		int renamedWhileRunning = 0;
		for (String status = status(request); !"DONE".equals(status)
				&& !"FAILED".equals(status); status = status(request)) {
			renamedWhileRunning += "RUNNING".equals(status) ? 1 : 0;
			long id = ids.get((int) (renames.incrementAndGet() % PRODUCTS));
			this.db.sql("UPDATE product SET name = :name WHERE id = :id")
				.bind("name", "Chả cá Lã Vọng đổi tên " + renames.get())
				.bind("id", id)
				.then()
				.block();
		}
		searching.dispose();

		assertThat(status(request)).isEqualTo("DONE");
		assertThat(renamedWhileRunning).as("renames while the reindex ran").isGreaterThan(5);
		Set<String> after = this.indexed.behindAlias();
		assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
		// the replaced index goes after its grace, once the reindex is done
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.indexed.all()).isEqualTo(after));
		assertThat(searches.get()).isGreaterThan(0);
		assertThat(failedOrShort.get()).as("searches that failed or missed products").isZero();
		assertThat(progress(request)).containsEntry("indexed", (long) PRODUCTS).containsEntry("total", (long) PRODUCTS);
		Map<Long, String> names = names();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			for (Map.Entry<Long, String> product : names.entrySet()) {
				assertThat(this.indexed.get(product.getKey()).name()).isEqualTo(product.getValue());
			}
		});
	}

	long requestReindex() {
		return this.db.sql("INSERT INTO search_reindex (requested_by) VALUES ('test') RETURNING id")
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
	}

	String status(long request) {
		return this.db.sql("SELECT status FROM search_reindex WHERE id = :id")
			.bind("id", request)
			.map((row, meta) -> row.get("status", String.class))
			.one()
			.block();
	}

	Map<String, Long> progress(long request) {
		return this.db.sql(
				"SELECT indexed_count::bigint AS indexed, total_count::bigint AS total FROM search_reindex WHERE id = :id")
			.bind("id", request)
			.map((row, meta) -> Map.of("indexed", row.get("indexed", Long.class), "total",
					row.get("total", Long.class)))
			.one()
			.block();
	}

	Map<Long, String> names() {
		return this.db.sql("SELECT id, name FROM product")
			.map((row, meta) -> Map.entry(row.get("id", Long.class), row.get("name", String.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.block();
	}

}
