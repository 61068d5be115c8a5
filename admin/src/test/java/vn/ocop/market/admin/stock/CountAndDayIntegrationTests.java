package vn.ocop.market.admin.stock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * A stocktake shows its differences before they apply and notices a sale made in between;
 * the daily summary adds up the day's sales by product and payment method, on screen and
 * in its CSV and XLSX files.
 */
@IntegrationTest
class CountAndDayIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	StockLedger ledger;

	long showroom;

	long tea;

	long honey;

	BrowserSession operator;

	@BeforeEach
	void aShowroomWithTwoProducts() {
		String tag = Long.toString(System.nanoTime());
		this.showroom = StockFixtures.location("Điểm bán Hội An " + tag).province("48").insert(this.db);
		this.tea = product("Trà Thái Nguyên " + tag).price(120_000L).insert(this.db);
		this.honey = product("Mật ong bạc hà " + tag).price(250_000L).insert(this.db);
		this.ledger.apply(Movement.receive(this.showroom, this.tea, 10, null, "setup")).block();
		this.ledger.apply(Movement.receive(this.showroom, this.honey, 4, null, "setup")).block();
		new StockAccounts(this.db, this.encoder).operator("dem" + tag + "@ocop.test", this.showroom);
		this.operator = BrowserSession.login(this.client, "dem" + tag + "@ocop.test", StockAccounts.PASSWORD);
	}

	@Test
	void theDifferencesAreShownFirstThenAppliedAsStocktakeAdjustments() {
		String key = UUID.randomUUID().toString();
		String review = count("preview", key, 10, 8).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(review).contains("Chênh lệch kiểm kê").contains("-2");
		assertThat(level(this.tea)).isEqualTo(10);
		count("apply", key, 10, 8).expectStatus().isSeeOther();
		assertThat(level(this.tea)).isEqualTo(8);
		assertThat(this.db
			.sql("SELECT reason || ' ' || on_hand_delta AS r FROM stock_movement WHERE product_id = :p "
					+ "AND kind = 'ADJUSTMENT'")
			.bind("p", this.tea)
			.map((row, meta) -> row.get("r", String.class))
			.one()
			.block()).isEqualTo("STOCKTAKE -2");
		count("apply", key, 10, 8).expectStatus().isSeeOther();
		assertThat(level(this.tea)).as("the same stocktake applied twice").isEqualTo(8);
	}

	@Test
	void aSaleBetweenTheCountAndItsApplyIsNoticedNotOverwritten() {
		this.ledger.apply(Movement.sale(this.showroom, this.tea, 1, 120_000, null, "counter")).block();
		String page = count("apply", UUID.randomUUID().toString(), 10, 8).expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Số tồn đã thay đổi");
		assertThat(level(this.tea)).isEqualTo(9);
	}

	@Test
	void theDailySummaryAddsUpSalesByProductAndPaymentInItsFilesToo() throws IOException {
		sell(this.tea, 2, "CASH");
		sell(this.honey, 1, "BANK_TRANSFER");
		sell(this.tea, 1, "BANK_TRANSFER");
		String page = this.operator.client()
			.get()
			.uri("/stock/" + this.showroom + "/day")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("610.000 ₫").contains("360.000 ₫").contains("240.000 ₫");
		String csv = this.operator.client()
			.get()
			.uri("/stock/" + this.showroom + "/day.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv).contains("Tiền mặt\",1,240000").contains("Chuyển khoản (VietQR)\",2,370000");
		byte[] xlsx = this.operator.client()
			.get()
			.uri("/stock/" + this.showroom + "/day.xlsx")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet products = workbook.getSheetAt(0);
			assertThat(products.getRow(1).getCell(0).getStringCellValue()).startsWith("Trà Thái Nguyên");
			assertThat(products.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
			assertThat(products.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(360_000);
			assertThat(workbook.getSheetAt(2).getPhysicalNumberOfRows()).as("header, 2 receipts, 3 sales").isEqualTo(6);
		}
	}

	private void sell(long product, int quantity, String method) {
		this.operator
			.postForm("/stock/" + this.showroom + "/sale", "action", "confirm", "product", Long.toString(product),
					"quantity", Integer.toString(quantity), "method", method, "saleKey", UUID.randomUUID().toString())
			.expectStatus()
			.isSeeOther();
	}

	private WebTestClient.ResponseSpec count(String action, String key, int expected, int counted) {
		return this.operator.postForm("/stock/" + this.showroom + "/count", "action", action, "countKey", key,
				"expected_" + this.tea, Integer.toString(expected), "counted_" + this.tea, Integer.toString(counted));
	}

	private int level(long product) {
		return this.db.sql("SELECT on_hand FROM stock_level WHERE location_id = :l AND product_id = :p")
			.bind("l", this.showroom)
			.bind("p", product)
			.map((row, meta) -> row.get("on_hand", Integer.class))
			.one()
			.block();
	}

}
