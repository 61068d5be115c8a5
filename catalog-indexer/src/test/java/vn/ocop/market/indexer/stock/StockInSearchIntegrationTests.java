package vn.ocop.market.indexer.stock;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.indexer.IndexedProducts;
import vn.ocop.market.indexer.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * Stock reaches the search document through the outbox: in stock online while a warehouse
 * that ships online has units, and the showrooms and fairs that have it. A stale "in
 * stock" after the last sale is the bug this guards against.
 */
@IntegrationTest
class StockInSearchIntegrationTests {

	@Autowired
	DatabaseClient db;

	@Autowired
	TransactionalOperator transaction;

	@Autowired
	IndexedProducts indexed;

	@Autowired
	Clock clock;

	@Test
	void theLastSaleFromTheWarehouseTakesTheProductOutOfStockOnlineWithinTheSyncLag() {
		StockLedger ledger = new StockLedger(this.db, this.transaction, this.clock);
		long warehouse = StockFixtures.location("Kho Sa Đéc").warehouse().province("82").insert(this.db);
		long product = product("Hủ tiếu Sa Đéc").insert(this.db);
		ledger.apply(Movement.receive(warehouse, product, 2, null, "op")).block();
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(this.indexed.get(product).availableOnline()).isEqualTo(2));
		assertThat(this.indexed.get(product).inStockOnline()).isTrue();
		ledger.apply(Movement.sale(warehouse, product, 2, 30_000, null, "op")).block();
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(this.indexed.get(product).inStockOnline()).isFalse());
	}

	@Test
	void theShowroomsAndRunningFairsThatHaveItAreOnTheDocument() {
		StockLedger ledger = new StockLedger(this.db, this.transaction, this.clock);
		LocalDate today = LocalDate.now(this.clock);
		long showroom = StockFixtures.location("Showroom Huế").province("46").insert(this.db);
		long fair = StockFixtures.location("Hội chợ OCOP Huế")
			.fair(today.minusDays(1), today.plusDays(2))
			.province("46")
			.insert(this.db);
		long product = product("Mè xửng Huế").insert(this.db);
		ledger.apply(Movement.receive(showroom, product, 3, null, "op")).block();
		ledger.apply(Movement.receive(fair, product, 3, null, "op")).block();
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(this.indexed.get(product).salesPointIds()).containsExactly(showroom, fair));
		assertThat(this.indexed.get(product).inStockOnline()).isFalse();
		ledger.apply(Movement.returnToProducer(showroom, product, 3, null, "op")).block();
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(this.indexed.get(product).salesPointIds()).containsExactly(fair));
		this.db.sql("UPDATE stock_location SET closed_at = now() WHERE id = :id").bind("id", fair).then().block();
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(this.indexed.get(product).salesPointIds()).isEmpty());
	}

}
