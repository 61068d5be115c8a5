package vn.ocop.market.admin.stock;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.StockAccounts;
import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.fixtures.TraceFixtures;
import vn.ocop.market.catalog.payment.VietQr;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * An operator records sales at the counter: found by GTIN or a scanned stamp, reviewed,
 * confirmed once however often the form is sent, never taking what the location does not
 * have.
 */
@IntegrationTest
class SaleIntegrationTests {

	static final String GTIN = "08934588012228";

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	StockLedger ledger;

	long showroom;

	long product;

	BrowserSession operator;

	String email;

	@BeforeEach
	void aShowroomWithStock() {
		String tag = Long.toString(System.nanoTime());
		this.showroom = StockFixtures.location("Showroom " + tag).insert(this.db);
		this.product = product("Kẹo dừa Bến Tre " + tag).gtin(gtin(tag)).price(45_000L).insert(this.db);
		this.ledger.apply(Movement.receive(this.showroom, this.product, 3, null, "setup")).block();
		this.email = "ban" + tag + "@ocop.test";
		new StockAccounts(this.db, this.encoder).operator(this.email, this.showroom);
		this.operator = BrowserSession.login(this.client, this.email, StockAccounts.PASSWORD);
	}

	@Test
	void aProductFoundByItsBarcodeIsSoldAtItsPriceAndTheLevelDrops() {
		String gtin = gtinOf(this.product);
		String page = step("action", "add", "find", gtin.substring(1), "addQuantity", "2").expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Kẹo dừa Bến Tre").contains("90.000 ₫");
		String key = UUID.randomUUID().toString();
		String review = step("action", "review", "product", Long.toString(this.product), "quantity", "2", "saleKey",
				key, "method", "CASH")
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(review).contains("Xác nhận bán").contains("90.000 ₫");
		assertThat(onHand()).isEqualTo(3);
		String receipt = confirm(key, 2).expectStatus()
			.isSeeOther()
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		assertThat(onHand()).isEqualTo(1);
		this.operator.client()
			.get()
			.uri(receipt)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("Phiếu bán hàng")
				.contains("HD" + key.substring(0, 8).toUpperCase())
				.contains("90.000 ₫")
				.contains("Tiền mặt"));
	}

	@Test
	void aScannedQrStampFindsTheProductAndItsLot() {
		long batch = TraceFixtures.batch(this.product, "KD-0325").insert(this.db);
		this.ledger.apply(Movement.receive(this.showroom, this.product, 2, batch, "setup")).block();
		String page = step("action", "add", "find",
				"https://ocop.example.vn/01/" + gtinOf(this.product) + "/10/KD-0325")
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("name=\"batch\" value=\"" + batch + "\"").contains("Lô KD-0325");
	}

	@Test
	void theSameFormSentTwiceIsOneSale() {
		String key = UUID.randomUUID().toString();
		String first = confirm(key, 1).expectStatus()
			.isSeeOther()
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		String second = confirm(key, 1).expectStatus()
			.isSeeOther()
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		assertThat(second).isEqualTo(first);
		assertThat(onHand()).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM stock_sale WHERE location_id = " + this.showroom)).isEqualTo(1);
	}

	@Test
	void aSaleOfMoreThanTheLocationHasIsRefusedWithWhatIsLeftAndNothingRecorded() {
		String page = confirm(UUID.randomUUID().toString(), 5).expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("chỉ còn 3 có thể lấy, cần 5");
		assertThat(onHand()).isEqualTo(3);
		assertThat(count("SELECT count(*) FROM stock_sale WHERE location_id = " + this.showroom)).isZero();
	}

	@Test
	void twoOperatorsSellingTheLastUnitsAtOnceMakeOneSaleAndOneClearRefusal() {
		String other = "ban-2-" + System.nanoTime() + "@ocop.test";
		new StockAccounts(this.db, this.encoder).operator(other, this.showroom);
		BrowserSession second = BrowserSession.login(this.client, other, StockAccounts.PASSWORD);
		List<Integer> statuses = Flux.just(this.operator, second)
			.flatMap((session) -> Mono
				.fromCallable(
						() -> session
							.postForm("/stock/" + this.showroom + "/sale", "action", "confirm", "product",
									Long.toString(this.product), "quantity", "3", "method", "CASH", "saleKey",
									UUID.randomUUID().toString())
							.returnResult(String.class)
							.getStatus()
							.value())
				.subscribeOn(Schedulers.boundedElastic()))
			.collectList()
			.block();
		assertThat(statuses).containsExactlyInAnyOrder(303, 422);
		assertThat(onHand()).isZero();
	}

	@Test
	void aBankTransferShowsTheVietQrOfTheAmountWithTheReceiptNumberAsNote() {
		String key = UUID.randomUUID().toString();
		String review = step("action", "review", "product", Long.toString(this.product), "quantity", "2", "saleKey",
				key, "method", "BANK_TRANSFER")
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String reference = "HD" + key.substring(0, 8).toUpperCase();
		String payload = VietQr.forAmount("970436", "0011001932418", 90_000, reference).payload();
		assertThat(review).contains("value=\"" + payload + "\"").contains("<svg").contains(reference);
		assertThat(payload).contains("540590000").contains("62" + String.format("%02d", reference.length() + 4) + "08");
	}

	@Test
	void anEndedFairTakesNoSale() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		long fair = StockFixtures.location("Hội chợ đã qua " + System.nanoTime())
			.fair(today.minusDays(10), today.minusDays(8))
			.insert(this.db);
		this.db.sql("INSERT INTO app_user_location (user_id, location_id) SELECT id, :l FROM app_user WHERE email = :e")
			.bind("l", fair)
			.bind("e", this.email)
			.then()
			.block();
		BrowserSession relogged = BrowserSession.login(this.client, this.email, StockAccounts.PASSWORD);
		String page = relogged
			.postForm("/stock/" + fair + "/sale", "action", "confirm", "product", Long.toString(this.product),
					"quantity", "1", "method", "CASH", "saleKey", UUID.randomUUID().toString())
			.expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Hội chợ đã kết thúc");
	}

	private WebTestClient.ResponseSpec confirm(String key, int quantity) {
		return step("action", "confirm", "product", Long.toString(this.product), "quantity", Integer.toString(quantity),
				"saleKey", key, "method", "CASH");
	}

	private WebTestClient.ResponseSpec step(String... fields) {
		return this.operator.postForm("/stock/" + this.showroom + "/sale", fields);
	}

	private int onHand() {
		return this.db.sql("SELECT on_hand FROM stock_level WHERE location_id = :l AND product_id = :p")
			.bind("l", this.showroom)
			.bind("p", this.product)
			.map((row, meta) -> row.get("on_hand", Integer.class))
			.one()
			.block();
	}

	private String gtinOf(long productId) {
		return this.db.sql("SELECT gtin FROM product WHERE id = :id")
			.bind("id", productId)
			.map((row, meta) -> row.get("gtin", String.class))
			.one()
			.block();
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> row.get(0, Long.class)).one().block();
	}

	/**
	 * A valid GTIN-14 of its own for each test, from the tag's last digits.
	 */
	static String gtin(String tag) {
		String body = "0893" + tag.substring(tag.length() - 9);
		return body + vn.ocop.market.catalog.product.Gtin.checkDigit(body);
	}

}
