package vn.ocop.market.indexer.reindex;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import vn.ocop.market.catalog.fixtures.CatalogFixtures.ProductBuilder;
import vn.ocop.market.indexer.IndexedProducts;
import vn.ocop.market.indexer.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * A full reindex builds its index for a bulk load (no refresh, no replica, translog
 * synced in the background) in pages and bulks smaller than the catalogue, and the index
 * it swaps in has the mapping's settings back.
 */
@IntegrationTest
@TestPropertySource(properties = { "ocop.indexer.outbox.enabled=false", "ocop.indexer.reindex.page-size=7",
		"ocop.indexer.reindex.bulk-size=4KB" })
class ReindexSettingsIntegrationTests {

	static final int PRODUCTS = 40;

	@Autowired
	DatabaseClient db;

	@Autowired
	IndexedProducts indexed;

	@Test
	void theSwappedInIndexHasEveryProductAndRefreshesAgain() {
		List<Long> ids = new ArrayList<>();
		Set<Long> unlisted = new HashSet<>();
		for (int i = 1; i <= PRODUCTS; i++) {
			// every fifth product hidden, and every fifth (another) revoked: some in
			// each page of seven
			ProductBuilder product = product("Mắm tôm Hậu Lộc " + i).producer("Cơ sở mắm " + i);
			if (i % 5 == 0) {
				product.hidden();
			}
			else if (i % 5 == 2) {
				product.certificationStatus("REVOKED");
			}
			long id = product.insert(this.db);
			ids.add(id);
			if (i % 5 == 0 || i % 5 == 2) {
				unlisted.add(id);
			}
		}
		Set<String> before = this.indexed.behindAlias();

		long request = this.db.sql("INSERT INTO search_reindex (requested_by) VALUES ('test') RETURNING id")
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
		await().atMost(Duration.ofSeconds(60)).until(() -> Set.of("DONE", "FAILED").contains(status(request)));

		assertThat(status(request)).isEqualTo("DONE");
		Set<String> after = this.indexed.behindAlias();
		assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
		String live = after.iterator().next();
		IndexSettings settings = this.indexed.client()
			.indices()
			.getSettings((g) -> g.index(live))
			.join()
			.get(live)
			.settings()
			.index();
		assertThat(settings.refreshInterval().time()).isEqualTo("1s");
		assertThat(settings.numberOfReplicas()).isEqualTo("0");
		assertThat(settings.translog().durability()).isEqualTo(TranslogDurability.Request);
		// outbox off: only the reindex wrote these, and the swap's refresh made them
		// searchable
		assertThat(this.indexed.countAll()).isEqualTo(PRODUCTS);
		for (long id : ids) {
			assertThat(this.indexed.get(id).listed()).as("product %d listed", id).isEqualTo(!unlisted.contains(id));
		}
	}

	String status(long request) {
		return this.db.sql("SELECT status FROM search_reindex WHERE id = :id")
			.bind("id", request)
			.map((row, meta) -> row.get("status", String.class))
			.one()
			.block();
	}

}
