package vn.ocop.market.catalog.stock;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.test.StepVerifier;

import vn.ocop.market.catalog.fixtures.OrderFixtures;
import vn.ocop.market.catalog.fixtures.R2dbc;
import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.fixtures.TraceFixtures;
import vn.ocop.market.testsupport.OcopServices;
import vn.ocop.market.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * The ledger on a real PostgreSQL: every level equals the sum of its ledger, a movement
 * that would take what is not there records nothing, and the database itself refuses to
 * rewrite history.
 */
@OcopServices
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockLedgerIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
			ZoneId.of("Asia/Ho_Chi_Minh"));

	R2dbc r2dbc;

	StockLedger ledger;

	TestDatabase database;

	long showroom;

	long warehouse;

	long rice;

	long tea;

	@BeforeAll
	void catalog(TestDatabase database) {
		this.database = database;
		this.r2dbc = R2dbc.of(database, 4);
		this.ledger = new StockLedger(this.r2dbc.db(), this.r2dbc.transaction(), CLOCK);
		this.showroom = StockFixtures.location("Showroom OCOP Hà Nội").insert(this.r2dbc.db());
		this.warehouse = StockFixtures.location("Kho Sa Đéc").warehouse().province("82").insert(this.r2dbc.db());
		this.rice = product("Gạo tám thơm Hải Hậu").insert(this.r2dbc.db());
		this.tea = product("Chè Shan tuyết Suối Giàng").producer("HTX Suối Giàng").insert(this.r2dbc.db());
	}

	@AfterAll
	void close() {
		this.r2dbc.close();
	}

	@Test
	void aReceiptCreatesTheLevelAndASaleTakesFromIt() {
		long location = StockFixtures.location("Điểm bán Ba Đình").insert(this.r2dbc.db());
		StepVerifier.create(this.ledger.apply(Movement.receive(location, this.rice, 12, null, "op@ocop.test")))
			.assertNext((level) -> assertThat(level.onHand()).isEqualTo(12))
			.verifyComplete();
		StepVerifier.create(this.ledger.apply(Movement.sale(location, this.rice, 5, 120_000, null, "op@ocop.test")))
			.assertNext((level) -> assertThat(level.available()).isEqualTo(7))
			.verifyComplete();
		assertThat(levelAndLedger(location, this.rice)).containsExactly(7, 7);
	}

	@Test
	void aSaleOfMoreThanIsThereRecordsNothingAndSaysWhatIsAvailable() {
		long location = StockFixtures.location("Điểm bán Hoàn Kiếm").insert(this.r2dbc.db());
		this.ledger.apply(Movement.receive(location, this.rice, 3, null, "op@ocop.test")).block();
		StepVerifier.create(this.ledger.apply(Movement.sale(location, this.rice, 4, 120_000, null, "op@ocop.test")))
			.expectErrorSatisfies((error) -> assertThat(((StockException) error).shortages())
				.extracting(Shortage::problem, Shortage::requested, Shortage::available)
				.containsExactly(tuple(StockProblem.INSUFFICIENT_STOCK, 4, 3)))
			.verify();
		assertThat(levelAndLedger(location, this.rice)).containsExactly(3, 3);
	}

	@Test
	void aSetOfMovementsIsRecordedWhollyOrNotAtAllAndListsEveryShortLine() {
		long location = StockFixtures.location("Điểm bán Tây Hồ").insert(this.r2dbc.db());
		this.ledger.applyAll(List.of(Movement.receive(location, this.rice, 5, null, "op"),
				Movement.receive(location, this.tea, 1, null, "op")))
			.block();
		List<Movement> sale = List.of(Movement.sale(location, this.rice, 2, 1, null, "op"),
				Movement.sale(location, this.tea, 2, 1, null, "op"));
		assertThatExceptionOfType(StockException.class).isThrownBy(() -> this.ledger.applyAll(sale).block())
			.satisfies(
					(error) -> assertThat(error.shortages()).extracting(Shortage::productId).containsExactly(this.tea));
		assertThat(levelAndLedger(location, this.rice)).containsExactly(5, 5);
		assertThat(levelAndLedger(location, this.tea)).containsExactly(1, 1);
	}

	@Test
	void reservationsHoldUnitsThatNoSaleCanTake() {
		this.ledger.apply(Movement.receive(this.warehouse, this.tea, 2, null, "op")).block();
		this.ledger.apply(Movement.reservation(this.warehouse, this.tea, 2, orderId(), "checkout")).block();
		assertThatExceptionOfType(StockException.class)
			.isThrownBy(() -> this.ledger.apply(Movement.sale(this.warehouse, this.tea, 1, 1, null, "op")).block());
		Level shipped = this.ledger.apply(Movement.shipReserved(this.warehouse, this.tea, 2, 90_000, null, "office"))
			.block();
		assertThat(shipped.onHand()).isZero();
		assertThat(shipped.reserved()).isZero();
	}

	@Test
	void onlyAWarehouseThatShipsOnlineHoldsStockForOrders() {
		this.ledger.apply(Movement.receive(this.showroom, this.tea, 2, null, "op")).block();
		assertThatExceptionOfType(StockException.class)
			.isThrownBy(() -> this.ledger.apply(Movement.reservation(this.showroom, this.tea, 1, orderId(), "checkout"))
				.block())
			.satisfies((error) -> assertThat(error.problem()).isEqualTo(StockProblem.NOT_SHIPPING_ONLINE));
	}

	@Test
	void aClosedLocationTakesNoMovement() {
		long closed = StockFixtures.location("Điểm bán đã đóng").closed().insert(this.r2dbc.db());
		assertThatExceptionOfType(StockException.class)
			.isThrownBy(() -> this.ledger.apply(Movement.receive(closed, this.rice, 1, null, "op")).block())
			.satisfies((error) -> assertThat(error.problem()).isEqualTo(StockProblem.LOCATION_CLOSED));
		assertThat(count("SELECT count(*) FROM stock_movement WHERE location_id = " + closed)).isZero();
	}

	@Test
	void aFairSellsFromItsFirstToItsLastDayAndAfterwardsOnlySendsItsLeftoversBack() {
		long upcoming = StockFixtures.location("Hội chợ OCOP sắp mở")
			.fair(TODAY.plusDays(1), TODAY.plusDays(5))
			.insert(this.r2dbc.db());
		long running = StockFixtures.location("Hội chợ OCOP đang mở")
			.fair(TODAY.minusDays(2), TODAY)
			.insert(this.r2dbc.db());
		long ended = StockFixtures.location("Hội chợ OCOP đã đóng")
			.fair(TODAY.minusDays(9), TODAY.minusDays(1))
			.insert(this.r2dbc.db());
		for (long fair : new long[] { upcoming, running }) {
			this.ledger.apply(Movement.receive(fair, this.rice, 4, null, "op")).block();
		}
		assertThat(problemOf(Movement.sale(upcoming, this.rice, 1, 1, null, "op")))
			.isEqualTo(StockProblem.FAIR_NOT_OPEN);
		assertThat(this.ledger.apply(Movement.sale(running, this.rice, 1, 1, null, "op")).block().onHand())
			.isEqualTo(3);
		assertThat(problemOf(Movement.receive(ended, this.rice, 1, null, "op"))).isEqualTo(StockProblem.FAIR_ENDED);
		assertThat(problemOf(Movement.sale(ended, this.rice, 1, 1, null, "op"))).isEqualTo(StockProblem.FAIR_ENDED);
	}

	@Test
	void aCountAppliesOnlyWhileTheLevelIsWhatWasCounted() {
		long location = StockFixtures.location("Điểm bán Long Biên").insert(this.r2dbc.db());
		this.ledger.apply(Movement.receive(location, this.rice, 10, null, "op")).block();
		long count = insertCount(location);
		assertThat(problemOf(Movement.counted(location, this.rice, 9, 8, count, "op")))
			.isEqualTo(StockProblem.COUNT_CHANGED);
		assertThat(this.ledger.apply(Movement.counted(location, this.rice, 10, 8, count, "op")).block().onHand())
			.isEqualTo(8);
		assertThat(this.ledger.apply(Movement.counted(location, this.tea, 0, 2, count, "op")).block().onHand())
			.isEqualTo(2);
		assertThat(levelAndLedger(location, this.rice)).containsExactly(8, 8);
	}

	@Test
	void theLedgerCannotBeRewritten() {
		this.ledger.apply(Movement.receive(this.showroom, this.rice, 1, null, "op")).block();
		for (String statement : new String[] { "UPDATE stock_movement SET on_hand_delta = 100",
				"DELETE FROM stock_movement", "TRUNCATE stock_movement CASCADE" }) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> execute(statement))
				.withMessageContaining("append-only");
		}
	}

	@Test
	void movementsOfAKnownLotAreStagesOfItsJourneyAndSalesOneADayPerPlace() {
		long batch = TraceFixtures.batch(this.tea, "ST-2026").insert(this.r2dbc.db());
		long fair = StockFixtures.location("Hội chợ OCOP Hà Nội")
			.fair(TODAY.minusDays(1), TODAY.plusDays(1))
			.insert(this.r2dbc.db());
		this.ledger.apply(Movement.receive(fair, this.tea, 5, batch, "op")).block();
		this.ledger.apply(Movement.sale(fair, this.tea, 1, 1, batch, "op")).block();
		this.ledger.apply(Movement.sale(fair, this.tea, 1, 1, batch, "op")).block();
		assertThat(this.r2dbc.db()
			.sql("SELECT kind || ' ' || place || ' from ' || coalesce(from_place, '-') AS step FROM trace_event "
					+ "WHERE batch_id = :batch ORDER BY id")
			.bind("batch", batch)
			.map((row, meta) -> row.get("step", String.class))
			.all()
			.collectList()
			.block())
			.containsExactly("RECEIVED Hội chợ OCOP Hà Nội from HTX Suối Giàng", "SOLD Hội chợ OCOP Hà Nội from -");
	}

	@Test
	void aLotOfAnotherProductIsRefused() {
		long batch = TraceFixtures.batch(this.tea, "ST-OTHER").insert(this.r2dbc.db());
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> this.ledger.apply(Movement.receive(this.showroom, this.rice, 1, batch, "op")).block())
			.withMessageContaining("is not a lot of product");
	}

	private StockProblem problemOf(Movement movement) {
		try {
			this.ledger.apply(movement).block();
			return null;
		}
		catch (StockException ex) {
			return ex.problem();
		}
	}

	private List<Integer> levelAndLedger(long location, long product) {
		return this.r2dbc.db()
			.sql("""
					SELECT (SELECT on_hand FROM stock_level WHERE location_id = :l AND product_id = :p) AS level,
					       (SELECT sum(on_hand_delta)::int FROM stock_movement WHERE location_id = :l AND product_id = :p) AS ledger""")
			.bind("l", location)
			.bind("p", product)
			.map((row, meta) -> List.of(row.get("level", Integer.class), row.get("ledger", Integer.class)))
			.one()
			.block();
	}

	private long orderId() {
		return OrderFixtures.order(this.r2dbc.db());
	}

	private long insertCount(long location) {
		return this.r2dbc.db()
			.sql("INSERT INTO stock_count (location_id, count_key, counted_by) VALUES (:l, gen_random_uuid(), 'op') RETURNING id")
			.bind("l", location)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
	}

	private long count(String sql) {
		return this.r2dbc.db().sql(sql).map((row, meta) -> row.get(0, Long.class)).one().block();
	}

	private void execute(String sql) throws SQLException {
		try (var connection = this.database.connect(); var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
