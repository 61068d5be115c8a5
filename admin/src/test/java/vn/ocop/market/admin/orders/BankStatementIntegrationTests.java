package vn.ocop.market.admin.orders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.catalog.fixtures.OrderFixtures;
import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.order.OrderStatus;
import vn.ocop.market.catalog.order.Orders;
import vn.ocop.market.catalog.order.PaymentMethod;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * The office uploads its bank statement and each credit finds its VietQR order by the
 * reference in the note and the amount: paid in full, in part, too much, too late, or
 * matching nothing; the same statement uploaded again counts nothing twice; a statement
 * with an unreadable line records nothing.
 */
@IntegrationTest
class BankStatementIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	StockLedger ledger;

	@Autowired
	Orders orders;

	BrowserSession office;

	long warehouse;

	long product;

	String tag;

	@BeforeEach
	void aWarehouseWithStock() {
		this.tag = Long.toString(System.nanoTime());
		this.warehouse = StockFixtures.location("Kho CK " + this.tag).warehouse().insert(this.db);
		this.product = product("Bưởi Tân Triều " + this.tag).price(70_000L).insert(this.db);
		this.ledger.apply(Movement.receive(this.warehouse, this.product, 20, null, "setup")).block();
		this.office = BrowserSession.login(this.client, IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);
	}

	@Test
	void eachCreditIsMatchedByReferenceAndAmountAndNothingCountsTwice() {
		OrderFixtures.Placed exact = place();
		OrderFixtures.Placed partial = place();
		OrderFixtures.Placed over = place();
		OrderFixtures.Placed expired = place();
		this.orders.change(expired.id(), OrderStatus.EXPIRED, "hold", null).block();
		String csv = "Ngày giao dịch;Mã giao dịch;Số tiền ghi có;Nội dung\n" //
				+ "01/12/2026;FT" + this.tag + "1;" + dots(exact.totalVnd()) + ";CK " + exact.reference()
				+ " thanh toan\n" + "01/12/2026;FT" + this.tag + "2;50.000;" + spaced(partial.reference()) + "\n" //
				+ "01/12/2026;FT" + this.tag + "3;" + (over.totalVnd() + 10_000) + ";" + over.reference().toLowerCase()
				+ "\n" //
				+ "02/12/2026 08:15:00;FT" + this.tag + "4;" + expired.totalVnd() + ";" + expired.reference() + "\n"
				+ "02/12/2026;FT" + this.tag + "5;120.000;chuyen tien an trua\n" //
				+ "02/12/2026;FT" + this.tag + "6;;phi SMS\n";
		String page = upload("sao-ke.csv", csv.getBytes(StandardCharsets.UTF_8)).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Khớp, đơn đã thanh toán")
			.contains("Trả thiếu")
			.contains("Trả thừa")
			.contains("Đến sau khi đơn hết hạn/huỷ")
			.contains("Không khớp đơn nào");
		assertThat(state(exact).status()).isEqualTo(OrderStatus.PAID);
		assertThat(state(partial).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
		assertThat(state(partial).paidVnd()).isEqualTo(50_000);
		assertThat(state(over).status()).isEqualTo(OrderStatus.PAID);
		assertThat(state(over).attention()).isEqualTo("OVERPAID");
		assertThat(state(expired).status()).isEqualTo(OrderStatus.EXPIRED);
		assertThat(state(expired).attention()).isEqualTo("PAID_AFTER_EXPIRED");
		assertThat(transfers()).isEqualTo(5);

		String again = upload("sao-ke.csv", csv.getBytes(StandardCharsets.UTF_8)).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(again).contains("Đã tải lên trước đây");
		assertThat(state(exact).paidVnd()).isEqualTo(exact.totalVnd());
		assertThat(state(partial).paidVnd()).isEqualTo(50_000);
		assertThat(transfers()).isEqualTo(5);

		String open = this.office.client()
			.get()
			.uri("/orders/bank-statements")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(open).contains("FT" + this.tag + "2")
			.contains("FT" + this.tag + "5")
			.doesNotContain("FT" + this.tag + "1<");
	}

	@Test
	void anExcelStatementIsMatchedTheSameWay() throws IOException {
		OrderFixtures.Placed order = place();
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Sao ke");
			Row header = sheet.createRow(0);
			String[] names = { "Reference", "Booking date", "Credit", "Description" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("FT" + this.tag + "X");
			row.createCell(1).setCellValue("2026-12-01");
			row.createCell(2).setCellValue(order.totalVnd());
			row.createCell(3).setCellValue("Thanh toan " + order.reference());
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		upload("statement.xlsx", xlsx).expectStatus().isOk();
		assertThat(state(order).status()).isEqualTo(OrderStatus.PAID);
	}

	@Test
	void aStatementWithAnUnreadableLineRecordsNothing() {
		OrderFixtures.Placed order = place();
		String csv = "Mã giao dịch,Ngày,Số tiền,Nội dung\n" //
				+ "FT" + this.tag + "A,01/12/2026," + order.totalVnd() + "," + order.reference() + "\n" //
				+ "FT" + this.tag + "B,hôm qua,50000,DH00000000\n";
		String page = upload("sao-ke.csv", csv.getBytes(StandardCharsets.UTF_8)).expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Dòng 3: ngày không đọc được");
		assertThat(state(order).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
		assertThat(transfers()).isZero();
		upload("sao-ke.csv", "Ngày,Nội dung\n01/12/2026,x\n".getBytes(StandardCharsets.UTF_8)).expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("thiếu cột mã giao dịch"));
	}

	private WebTestClient.ResponseSpec upload(String name, byte[] content) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		return this.office.postMultipart("/orders/bank-statements", parts);
	}

	private OrderFixtures.Placed place() {
		return OrderFixtures.placed(this.db, this.ledger, PaymentMethod.VIETQR, "01", "0912345678", this.warehouse,
				this.product, 1, 70_000);
	}

	private static String dots(long vnd) {
		return String.format("%,d", vnd).replace(',', '.');
	}

	private static String spaced(String reference) {
		return reference.substring(0, 2) + " " + reference.substring(2, 6) + "-" + reference.substring(6);
	}

	private long transfers() {
		return this.db.sql("SELECT count(*) FROM bank_transfer WHERE bank_ref LIKE :prefix")
			.bind("prefix", "FT" + this.tag + "%")
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block();
	}

	private OrderFixtures.State state(OrderFixtures.Placed order) {
		return OrderFixtures.state(this.db, order.id());
	}

}
