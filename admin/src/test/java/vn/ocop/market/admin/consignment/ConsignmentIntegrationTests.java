package vn.ocop.market.admin.consignment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.ProducerAccounts;
import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.fixtures.TraceFixtures;
import vn.ocop.market.catalog.stock.AdjustmentReason;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * A producer sees where its consigned goods are and what sold; its monthly statement per
 * location adds up to the ledger, on screen, as PDF and as XLSX; the office sees every
 * statement and another producer none.
 */
@IntegrationTest
class ConsignmentIntegrationTests {

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

	long producer;

	BrowserSession owner;

	String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

	@BeforeEach
	void goodsConsignedAndSold() {
		String tag = Long.toString(System.nanoTime());
		ProducerAccounts producers = new ProducerAccounts(this.db, this.encoder);
		this.product = producers.productWithAccount(product("Nước mắm Phú Quốc " + tag).producer("Nhà thùng " + tag),
				"ch" + tag + "@ocop.test");
		this.producer = this.db.sql("SELECT producer_id FROM product WHERE id = :id")
			.bind("id", this.product)
			.map((row, meta) -> row.get("producer_id", Long.class))
			.one()
			.block();
		long batch = TraceFixtures.batch(this.product, "PQ" + tag.substring(tag.length() - 6)).insert(this.db);
		this.showroom = StockFixtures.location("Showroom An Giang " + tag).province("91").insert(this.db);
		this.ledger.apply(Movement.receive(this.showroom, this.product, 20, batch, "op")).block();
		this.ledger.apply(Movement.receive(this.showroom, this.product, 5, null, "op")).block();
		this.ledger.apply(Movement.sale(this.showroom, this.product, 7, 80_000, batch, "op")).block();
		this.ledger.apply(Movement.sale(this.showroom, this.product, 1, 75_000, batch, "op")).block();
		this.ledger.apply(Movement.returnToProducer(this.showroom, this.product, 4, batch, "op")).block();
		this.ledger.apply(Movement.adjustment(this.showroom, this.product, -1, AdjustmentReason.DAMAGED, batch, "op"))
			.block();
		this.owner = BrowserSession.login(this.client, "ch" + tag + "@ocop.test", ProducerAccounts.PASSWORD);
	}

	@Test
	void theStatementAddsUpToTheLedger() {
		String page = statement(this.owner, "/portal/statements/" + this.showroom + "/" + this.month);
		assertThat(page).contains("Nước mắm Phú Quốc").contains("635.000 ₫");
		int ledger = this.db.sql("SELECT sum(on_hand_delta)::int AS n FROM stock_movement WHERE location_id = :l")
			.bind("l", this.showroom)
			.map((row, meta) -> row.get("n", Integer.class))
			.one()
			.block();
		assertThat(ledger).isEqualTo(12);
		assertThat(page).containsPattern("<td data-label=\"Tồn cuối\"><strong>12</strong>");
		assertThat(page).containsPattern("data-label=\"Nhận ký gửi\">25<")
			.containsPattern("data-label=\"Đã bán\">8<")
			.containsPattern("data-label=\"Trả lại\">4<")
			.containsPattern("data-label=\"Điều chỉnh\">-1<");
	}

	@Test
	void theProducerSeesWhereItsGoodsAreByLot() {
		String page = statement(this.owner, "/portal/stock");
		assertThat(page).contains("Showroom An Giang").contains("Không rõ lô").containsPattern(">7<");
	}

	@Test
	void theStatementFilesHoldTheSameFigures() throws IOException {
		byte[] pdf = file(this.owner, "/portal/statements/" + this.showroom + "/" + this.month + ".pdf");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Bảng kê hàng ký gửi").contains("Nước mắm Phú Quốc").contains("635.000");
		}
		byte[] xlsx = file(this.owner, "/portal/statements/" + this.showroom + "/" + this.month + ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row line = workbook.getSheetAt(0).getRow(1);
			List<Double> numbers = List.of(line.getCell(2).getNumericCellValue(), line.getCell(5).getNumericCellValue(),
					line.getCell(6).getNumericCellValue(), line.getCell(9).getNumericCellValue());
			assertThat(numbers).containsExactly(25.0, 8.0, 635_000.0, 12.0);
		}
	}

	@Test
	void theOfficeSeesTheStatementAndAnotherProducerDoesNot() {
		BrowserSession office = BrowserSession.login(this.client, IntegrationTest.ADMIN_EMAIL,
				IntegrationTest.ADMIN_PASSWORD);
		assertThat(statement(office, "/statements?location=" + this.showroom + "&month=" + this.month))
			.contains("Nhà thùng");
		assertThat(statement(office, "/statements/" + this.producer + "/" + this.showroom + "/" + this.month))
			.contains("635.000 ₫");
		String tag = Long.toString(System.nanoTime());
		new ProducerAccounts(this.db, this.encoder).productWithAccount(
				product("Tiêu Phú Quốc " + tag).producer("HTX Tiêu " + tag), "tieu" + tag + "@ocop.test");
		BrowserSession other = BrowserSession.login(this.client, "tieu" + tag + "@ocop.test",
				ProducerAccounts.PASSWORD);
		other.client()
			.get()
			.uri("/portal/statements/" + this.showroom + "/" + this.month)
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(statement(other, "/portal/stock")).doesNotContain("Nước mắm Phú Quốc");
	}

	private static String statement(BrowserSession session, String uri) {
		return session.client()
			.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static byte[] file(BrowserSession session, String uri) {
		return session.client()
			.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

}
