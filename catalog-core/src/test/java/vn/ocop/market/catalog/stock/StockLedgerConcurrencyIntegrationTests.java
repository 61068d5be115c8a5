package vn.ocop.market.catalog.stock;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.ocop.market.catalog.fixtures.OrderFixtures;
import vn.ocop.market.catalog.fixtures.R2dbc;
import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.testsupport.OcopServices;
import vn.ocop.market.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * Thousands of random movements at once on a few levels: afterwards every level equals
 * the sum of its ledger, none is below what it holds for orders, and the last units of a
 * product go to exactly as many buyers as there were units.
 */
@OcopServices
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockLedgerConcurrencyIntegrationTests {

	static final int MOVEMENTS = 3000;

	R2dbc r2dbc;

	StockLedger ledger;

	long[] locations;

	long[] products;

	long order;

	@BeforeAll
	void catalog(TestDatabase database) {
		this.r2dbc = R2dbc.of(database, 8);
		this.ledger = new StockLedger(this.r2dbc.db(), this.r2dbc.transaction(), Clock.systemUTC());
		this.locations = new long[] { StockFixtures.location("Kho tổng").warehouse().insert(this.r2dbc.db()),
				StockFixtures.location("Showroom Hà Nội").insert(this.r2dbc.db()),
				StockFixtures.location("Điểm bán Huế").province("46").insert(this.r2dbc.db()) };
		this.products = new long[4];
		for (int i = 0; i < this.products.length; i++) {
			this.products[i] = product("Sản phẩm thử " + i).insert(this.r2dbc.db());
		}
		this.order = OrderFixtures.order(this.r2dbc.db());
	}

	@AfterAll
	void close() {
		this.r2dbc.close();
	}

	@Test
	void randomConcurrentMovementsLeaveEveryLevelEqualToItsLedger() {
		Random random = new Random(7);
		List<List<Movement>> sets = new ArrayList<>();
		for (int i = 0; i < MOVEMENTS; i++) {
			sets.add(randomSet(random));
		}
		AtomicInteger recorded = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		Flux.fromIterable(sets)
			.flatMap((set) -> this.ledger.applyAll(set)
				.doOnNext((levels) -> recorded.incrementAndGet())
				.onErrorResume(StockException.class, (ex) -> {
					refused.incrementAndGet();
					return Mono.empty();
				}), 16)
			.blockLast();
		assertThat(recorded.get() + refused.get()).isEqualTo(MOVEMENTS);
		assertThat(refused.get()).as("the run must have contended for stock").isGreaterThan(100);
		assertThat(recorded.get()).isGreaterThan(MOVEMENTS / 3);
		List<String> disagreements = this.r2dbc.db()
			.sql("""
					SELECT l.location_id || '/' || l.product_id || ': level ' || l.on_hand || '/' || l.reserved
					       || ', ledger ' || coalesce(m.on_hand, 0) || '/' || coalesce(m.reserved, 0) AS line
					FROM stock_level l
					LEFT JOIN (SELECT location_id, product_id, sum(on_hand_delta) AS on_hand, sum(reserved_delta) AS reserved
					           FROM stock_movement GROUP BY location_id, product_id) m
					       ON m.location_id = l.location_id AND m.product_id = l.product_id
					WHERE l.on_hand IS DISTINCT FROM coalesce(m.on_hand, 0)::int
					   OR l.reserved IS DISTINCT FROM coalesce(m.reserved, 0)::int
					   OR l.reserved < 0 OR l.on_hand < l.reserved""")
			.map((row, meta) -> row.get("line", String.class))
			.all()
			.collectList()
			.block();
		assertThat(disagreements).isEmpty();
		assertThat(this.r2dbc.db()
			.sql("SELECT count(*) FROM stock_level")
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block()).isEqualTo(12L);
	}

	@Test
	void theLastUnitsGoToExactlyAsManyBuyersAsThereAreUnits() {
		long fairProduct = product("Bánh pía Sóc Trăng").insert(this.r2dbc.db());
		long location = this.locations[1];
		this.ledger.apply(Movement.receive(location, fairProduct, 10, null, "op")).block();
		AtomicInteger sold = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		Flux.range(0, 40)
			.flatMap((i) -> this.ledger.apply(Movement.sale(location, fairProduct, 1, 35_000, null, "op-" + i))
				.doOnNext((level) -> sold.incrementAndGet())
				.onErrorResume(StockException.class, (ex) -> {
					refused.incrementAndGet();
					return Mono.empty();
				}), 40)
			.blockLast();
		assertThat(sold.get()).isEqualTo(10);
		assertThat(refused.get()).isEqualTo(30);
	}

	private List<Movement> randomSet(Random random) {
		int lines = (random.nextInt(5) == 0) ? 2 + random.nextInt(2) : 1;
		List<Movement> set = new ArrayList<>();
		for (int i = 0; i < lines; i++) {
			long location = this.locations[random.nextInt(this.locations.length)];
			long product = this.products[random.nextInt(this.products.length)];
			if (set.stream().anyMatch((m) -> m.locationId() == location && m.productId() == product)) {
				continue;
			}
			set.add(randomMovement(random, location, product));
		}
		return set;
	}

	private Movement randomMovement(Random random, long location, long product) {
		int quantity = 1 + random.nextInt(4);
		boolean warehouse = location == this.locations[0];
		return switch (random.nextInt(warehouse ? 7 : 5)) {
			case 0 -> Movement.receive(location, product, quantity, null, "op");
			case 1, 2 -> Movement.sale(location, product, quantity, 10_000, null, "op");
			case 3 -> Movement.adjustment(location, product, random.nextBoolean() ? quantity : -quantity,
					AdjustmentReason.COUNT_CORRECTION, null, "op");
			case 4 -> Movement.returnToProducer(location, product, quantity, null, "op");
			case 5 -> Movement.reservation(location, product, quantity, this.order, "checkout");
			default -> Movement.release(location, product, quantity, this.order, "checkout");
		};
	}

}
