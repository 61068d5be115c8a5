package vn.ocop.market.indexer.outbox;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import vn.ocop.market.indexer.IndexedProducts;
import vn.ocop.market.indexer.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * Old processed rows go; each product's newest row (its document version), rows still
 * pending or parked, and rows processed recently stay; and the product's next change is
 * indexed as before.
 */
@IntegrationTest
class OutboxRetentionIntegrationTests {

	@Autowired
	DatabaseClient db;

	@Autowired
	OutboxRetention retention;

	@Autowired
	IndexedProducts indexed;

	@Test
	void oldProcessedRowsGoButEachProductsNewestAndUnfinishedRowsStay() {
		long renamed = product("Chè Shan tuyết").producer("HTX Chè Suối Giàng").province("15").insert(this.db);
		for (String name : List.of("Chè Shan tuyết cổ thụ", "Chè Shan tuyết Suối Giàng")) {
			rename(renamed, name);
		}
		long once = product("Miến dong Bình Liêu").producer("HTX Miến dong").province("22").insert(this.db);
		long recent = product("Gạo ST25").producer("HTX Gạo Sóc Trăng").province("92").insert(this.db);
		long stuck = product("Cà phê Cầu Đất").producer("HTX Cà phê Cầu Đất").province("68").insert(this.db);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> pending(renamed, once, recent, stuck) == 0
					&& "Chè Shan tuyết Suối Giàng".equals(this.indexed.get(renamed).name()));
		this.db.sql("""
				UPDATE catalog_outbox SET processed_at = now() - interval '8 days'
				WHERE product_id IN (:renamed, :once, :stuck)""")
			.bind("renamed", renamed)
			.bind("once", once)
			.bind("stuck", stuck)
			.then()
			.block();
		this.db.sql("""
				INSERT INTO catalog_outbox (product_id, reason, parked, attempts, last_error, created_at)
				VALUES (:id, 'test', true, 8, 'index_closed_exception', now() - interval '30 days')""")
			.bind("id", stuck)
			.then()
			.block();
		List<Long> renamedRows = rows(renamed);
		List<Long> onceRows = rows(once);
		List<Long> recentRows = rows(recent);
		List<Long> stuckRows = rows(stuck);
		assertThat(renamedRows).hasSizeGreaterThan(2);

		long deleted = this.retention.cleanUp().block();

		assertThat(rows(renamed)).containsExactly(renamedRows.get(renamedRows.size() - 1));
		assertThat(rows(once)).containsExactly(onceRows.get(onceRows.size() - 1));
		assertThat(rows(recent)).isEqualTo(recentRows);
		assertThat(rows(stuck)).containsExactly(stuckRows.get(stuckRows.size() - 1));
		assertThat(deleted).isEqualTo(renamedRows.size() - 1 + onceRows.size() - 1 + stuckRows.size() - 1);
		assertThat(this.retention.cleanUp().block()).isZero();

		rename(renamed, "Chè Shan tuyết Suối Giàng loại đặc biệt");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.indexed.get(renamed).name())
				.isEqualTo("Chè Shan tuyết Suối Giàng loại đặc biệt"));
	}

	private void rename(long id, String name) {
		this.db.sql("UPDATE product SET name = :name WHERE id = :id").bind("name", name).bind("id", id).then().block();
	}

	private List<Long> rows(long productId) {
		return this.db.sql("SELECT id FROM catalog_outbox WHERE product_id = :id ORDER BY id")
			.bind("id", productId)
			.map((row, meta) -> row.get("id", Long.class))
			.all()
			.collectList()
			.block();
	}

	private long pending(long... productIds) {
		return this.db.sql("""
				SELECT count(*) AS n FROM catalog_outbox
				WHERE product_id = ANY(CAST(:ids AS bigint[])) AND processed_at IS NULL""")
			.bind("ids", Arrays.stream(productIds).boxed().toArray(Long[]::new))
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

}
