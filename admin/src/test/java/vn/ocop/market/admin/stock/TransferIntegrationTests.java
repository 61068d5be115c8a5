package vn.ocop.market.admin.stock;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.StockAccounts;
import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.fixtures.TraceFixtures;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * A showroom asks the warehouse for goods; the warehouse sends them (they leave its level
 * and are in transit); the showroom counts what arrived, and a shortfall is kept with its
 * reason, never absorbed.
 */
@IntegrationTest
class TransferIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	StockLedger ledger;

	long warehouse;

	long showroom;

	long product;

	long batch;

	BrowserSession atShowroom;

	BrowserSession atWarehouse;

	@BeforeEach
	void aWarehouseWithGoodsAndAShowroom() {
		String tag = Long.toString(System.nanoTime());
		this.warehouse = StockFixtures.location("Kho Cao Lãnh " + tag).warehouse().province("82").insert(this.db);
		this.showroom = StockFixtures.location("Showroom Hà Nội " + tag).insert(this.db);
		this.product = product("Nem Lai Vung " + tag).insert(this.db);
		this.batch = TraceFixtures.batch(this.product, "NLV-" + tag.substring(tag.length() - 6)).insert(this.db);
		this.ledger.apply(Movement.receive(this.warehouse, this.product, 10, this.batch, "setup")).block();
		StockAccounts accounts = new StockAccounts(this.db, this.encoder);
		accounts.operator("sr" + tag + "@ocop.test", this.showroom);
		accounts.operator("kho" + tag + "@ocop.test", this.warehouse);
		this.atShowroom = BrowserSession.login(this.client, "sr" + tag + "@ocop.test", StockAccounts.PASSWORD);
		this.atWarehouse = BrowserSession.login(this.client, "kho" + tag + "@ocop.test", StockAccounts.PASSWORD);
	}

	@Test
	void aRequestedTransferIsSentThenReceivedWithItsShortfallAndReason() {
		long transfer = request(6);
		this.atWarehouse.postForm("/stock/transfers/" + transfer + "/send", "sent_" + line(transfer), "6")
			.expectStatus()
			.isSeeOther();
		assertThat(level(this.warehouse)).isEqualTo(4);
		assertThat(level(this.showroom)).isZero();
		String refused = this.atShowroom
			.postForm("/stock/transfers/" + transfer + "/receive", "received_" + line(transfer), "5")
			.expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("Dòng nhận thiếu cần ghi lý do.");
		assertThat(level(this.showroom)).isZero();
		this.atShowroom
			.postForm("/stock/transfers/" + transfer + "/receive", "received_" + line(transfer), "5",
					"reason_" + line(transfer), "Vỡ một hộp khi vận chuyển")
			.expectStatus()
			.isSeeOther();
		assertThat(level(this.showroom)).isEqualTo(5);
		assertThat(this.db
			.sql("SELECT status || ' ' || sent || ' ' || received || ' ' || discrepancy_reason AS line "
					+ "FROM stock_transfer t JOIN stock_transfer_line l ON l.transfer_id = t.id WHERE t.id = :t")
			.bind("t", transfer)
			.map((row, meta) -> row.get("line", String.class))
			.one()
			.block()).isEqualTo("RECEIVED 6 5 Vỡ một hộp khi vận chuyển");
		this.atShowroom.client()
			.get()
			.uri("/stock/transfers/" + transfer)
			.exchange()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("Thiếu 1: Vỡ một hộp khi vận chuyển"));
	}

	@Test
	void theLotsJourneyShowsWhereItLeftAndWhereItArrived() {
		long transfer = request(2);
		this.atWarehouse.postForm("/stock/transfers/" + transfer + "/send", "sent_" + line(transfer), "2")
			.expectStatus()
			.isSeeOther();
		this.atShowroom.postForm("/stock/transfers/" + transfer + "/receive", "received_" + line(transfer), "2")
			.expectStatus()
			.isSeeOther();
		List<String> journey = this.db
			.sql("""
					SELECT kind || ': ' || coalesce(from_place, '-') || ' > ' || place || ' > ' || coalesce(to_place, '-') AS step
					FROM trace_event WHERE batch_id = :b ORDER BY id""")
			.bind("b", this.batch)
			.map((row, meta) -> row.get("step", String.class))
			.all()
			.collectList()
			.block();
		assertThat(journey).hasSize(3);
		assertThat(journey.get(1)).startsWith("SHIPPED: - > Kho Cao Lãnh").endsWith("> Showroom Hà Nội " + tagOf());
		assertThat(journey.get(2)).startsWith("RECEIVED: Kho Cao Lãnh").contains("> Showroom Hà Nội");
	}

	@Test
	void theSourceCannotSendMoreThanItHasAndNothingMoves() {
		long transfer = request(9);
		this.ledger.apply(Movement.sale(this.warehouse, this.product, 5, 1, null, "counter")).block();
		String page = this.atWarehouse.postForm("/stock/transfers/" + transfer + "/send", "sent_" + line(transfer), "9")
			.expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("chỉ còn 5 có thể lấy, cần 9");
		assertThat(status(transfer)).isEqualTo("REQUESTED");
		assertThat(level(this.warehouse)).isEqualTo(5);
	}

	@Test
	void onlyTheSourceSendsAndOnlyTheDestinationReceives() {
		long transfer = request(1);
		this.atShowroom.postForm("/stock/transfers/" + transfer + "/send", "sent_" + line(transfer), "1")
			.expectStatus()
			.isEqualTo(422);
		this.atWarehouse.postForm("/stock/transfers/" + transfer + "/send", "sent_" + line(transfer), "1")
			.expectStatus()
			.isSeeOther();
		this.atWarehouse.postForm("/stock/transfers/" + transfer + "/receive", "received_" + line(transfer), "1")
			.expectStatus()
			.isEqualTo(422);
		assertThat(status(transfer)).isEqualTo("SENT");
	}

	@Test
	void aRequestIsCancelledBeforeItLeavesButNotAfter() {
		long cancelled = request(1);
		this.atShowroom.postForm("/stock/transfers/" + cancelled + "/cancel").expectStatus().isSeeOther();
		assertThat(status(cancelled)).isEqualTo("CANCELLED");
		long sent = request(1);
		this.atWarehouse.postForm("/stock/transfers/" + sent + "/send", "sent_" + line(sent), "1")
			.expectStatus()
			.isSeeOther();
		this.atShowroom.postForm("/stock/transfers/" + sent + "/cancel").expectStatus().isEqualTo(422);
		assertThat(status(sent)).isEqualTo("SENT");
	}

	private long request(int quantity) {
		String location = this.atShowroom
			.postForm("/stock/" + this.showroom + "/transfers/new", "action", "confirm", "direction", "in", "other",
					Long.toString(this.warehouse), "product", Long.toString(this.product), "quantity",
					Integer.toString(quantity))
			.expectStatus()
			.isSeeOther()
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation()
			.getPath();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long line(long transfer) {
		return this.db.sql("SELECT id FROM stock_transfer_line WHERE transfer_id = :t")
			.bind("t", transfer)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
	}

	private String status(long transfer) {
		return this.db.sql("SELECT status FROM stock_transfer WHERE id = :t")
			.bind("t", transfer)
			.map((row, meta) -> row.get("status", String.class))
			.one()
			.block();
	}

	private int level(long location) {
		return this.db
			.sql("SELECT coalesce(max(on_hand), 0) AS n FROM stock_level WHERE location_id = :l AND product_id = :p")
			.bind("l", location)
			.bind("p", this.product)
			.map((row, meta) -> row.get("n", Integer.class))
			.one()
			.block();
	}

	private String tagOf() {
		return this.db.sql("SELECT name FROM stock_location WHERE id = :l")
			.bind("l", this.showroom)
			.map((row, meta) -> row.get("name", String.class).replace("Showroom Hà Nội ", ""))
			.one()
			.block();
	}

}
