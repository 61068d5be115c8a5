package vn.ocop.market.admin.orders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.StockAccounts;
import vn.ocop.market.catalog.fixtures.OrderFixtures;
import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.fixtures.TraceFixtures;
import vn.ocop.market.catalog.order.OrderStatus;
import vn.ocop.market.catalog.order.PaymentMethod;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * The office fulfils online orders: every step it may take and the ones it may not, what
 * each does to the stock ledger, the timeline with who did it, transfers recorded once,
 * refunds in part and in full, and a packing slip with the lots to take.
 */
@IntegrationTest
class OrderDeskIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	StockLedger ledger;

	@Autowired
	PasswordEncoder encoder;

	BrowserSession office;

	long warehouse;

	long product;

	long batch;

	@BeforeEach
	void aWarehouseWithStock() {
		String tag = Long.toString(System.nanoTime());
		this.warehouse = StockFixtures.location("Kho " + tag).warehouse().insert(this.db);
		this.product = product("Mắm tép Hà Tĩnh " + tag).price(60_000L).insert(this.db);
		this.batch = TraceFixtures.batch(this.product, "MT" + tag.substring(tag.length() - 6)).insert(this.db);
		this.ledger.apply(Movement.receive(this.warehouse, this.product, 10, this.batch, "setup")).block();
		this.office = BrowserSession.login(this.client, IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);
	}

	@Test
	void cashOnDeliveryIsPackedShippedFromTheLedgerAndPaidWhenDelivered() {
		OrderFixtures.Placed order = place(PaymentMethod.COD, 2);
		assertThat(level()).containsExactly(10, 2);
		step(order, "PACKED").expectStatus().isSeeOther();
		step(order, "SHIPPED").expectStatus().isSeeOther();
		assertThat(level()).containsExactly(8, 0);
		assertThat(this.db.sql("""
				SELECT count(*) FROM stock_movement
				WHERE order_id = :order AND kind = 'SALE' AND batch_id = :batch AND on_hand_delta = -2""")
			.bind("order", order.id())
			.bind("batch", this.batch)
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block()).isEqualTo(1);
		step(order, "DELIVERED").expectStatus().isSeeOther();
		assertThat(state(order).status()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(state(order).paidVnd()).isEqualTo(order.totalVnd());
		String page = page(order);
		assertThat(page).contains("Đã giao").contains(IntegrationTest.ADMIN_EMAIL).contains("Đã đóng gói");
		assertThat(timeline(order)).containsExactly("null>CONFIRMED", "CONFIRMED>PACKED", "PACKED>SHIPPED",
				"SHIPPED>DELIVERED");
	}

	@Test
	void anIllegalStepIsRefusedWithAMessageAndChangesNothing() {
		OrderFixtures.Placed order = place(PaymentMethod.COD, 1);
		String page = step(order, "DELIVERED").expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("không thể chuyển sang bước đó");
		step(order, "PAID").expectStatus().isEqualTo(422);
		assertThat(state(order).status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(level()).containsExactly(10, 1);
		step(order, "PACKED").expectStatus().isSeeOther();
		step(order, "SHIPPED").expectStatus().isSeeOther();
		step(order, "CANCELLED").expectStatus().isEqualTo(422);
		assertThat(state(order).status()).isEqualTo(OrderStatus.SHIPPED);
		assertThat(level()).containsExactly(9, 0);
	}

	@Test
	void aCancelledOrderReleasesItsStock() {
		OrderFixtures.Placed order = place(PaymentMethod.COD, 3);
		assertThat(level()).containsExactly(10, 3);
		step(order, "CANCELLED", "note", "Khách gọi huỷ").expectStatus().isSeeOther();
		assertThat(level()).containsExactly(10, 0);
		assertThat(page(order)).contains("Đã huỷ").contains("Khách gọi huỷ");
	}

	@Test
	void aParcelTheBuyerRefusedComesBackOnTheShelf() {
		OrderFixtures.Placed order = place(PaymentMethod.COD, 2);
		step(order, "PACKED").expectStatus().isSeeOther();
		step(order, "SHIPPED").expectStatus().isSeeOther();
		assertThat(level()).containsExactly(8, 0);
		step(order, "RETURNED").expectStatus().isSeeOther();
		assertThat(level()).containsExactly(10, 0);
		assertThat(state(order).status()).isEqualTo(OrderStatus.RETURNED);
		assertThat(state(order).paidVnd()).isZero();
	}

	@Test
	void aBankTransferIsRecordedOnceAndPaysTheOrder() {
		OrderFixtures.Placed order = place(PaymentMethod.VIETQR, 1);
		this.office.postForm("/orders/" + order.reference() + "/payments", "bank_ref", "FT26335123", "amount", "")
			.expectStatus()
			.isSeeOther();
		assertThat(state(order).status()).isEqualTo(OrderStatus.PAID);
		assertThat(state(order).paidVnd()).isEqualTo(order.totalVnd());
		String again = this.office
			.postForm("/orders/" + order.reference() + "/payments", "bank_ref", "FT26335123", "amount", "1000")
			.expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(again).contains("đã được ghi nhận rồi");
		assertThat(state(order).paidVnd()).isEqualTo(order.totalVnd());
	}

	@Test
	void aTransferIsRefundedInPartThenInFullWhichReleasesTheStock() {
		OrderFixtures.Placed order = place(PaymentMethod.VIETQR, 2);
		this.office.postForm("/orders/" + order.reference() + "/payments", "bank_ref", "FT1" + order.id())
			.expectStatus()
			.isSeeOther();
		this.office
			.postForm("/orders/" + order.reference() + "/refunds", "amount", "50.000", "reference", "HT-1", "key", "k1")
			.expectStatus()
			.isSeeOther();
		assertThat(state(order).status()).isEqualTo(OrderStatus.PAID);
		assertThat(level()).containsExactly(10, 2);
		this.office
			.postForm("/orders/" + order.reference() + "/refunds", "amount", Long.toString(order.totalVnd() - 50_000),
					"reference", "HT-2", "key", "k2")
			.expectStatus()
			.isSeeOther();
		assertThat(state(order).status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(level()).containsExactly(10, 0);
		this.office
			.postForm("/orders/" + order.reference() + "/refunds", "amount", "1000", "reference", "HT-3", "key", "k3")
			.expectStatus()
			.isEqualTo(422);
		assertThat(state(order).refundedVnd()).isEqualTo(order.totalVnd());
	}

	@Test
	void aRefundNeedsAReferenceAndNoMoreThanWasPaid() {
		OrderFixtures.Placed order = place(PaymentMethod.VIETQR, 1);
		this.office.postForm("/orders/" + order.reference() + "/payments", "bank_ref", "FT2" + order.id())
			.expectStatus()
			.isSeeOther();
		this.office
			.postForm("/orders/" + order.reference() + "/refunds", "amount", Long.toString(order.totalVnd() + 1),
					"reference", "HT", "key", "k")
			.expectStatus()
			.isEqualTo(422);
		this.office.postForm("/orders/" + order.reference() + "/refunds", "amount", "1000", "reference", "", "key", "k")
			.expectStatus()
			.isEqualTo(422);
		assertThat(state(order).status()).isEqualTo(OrderStatus.PAID);
	}

	@Test
	void aPaidOrderCancelledAfterPackingIsFlaggedForItsRefundUntilSettled() {
		OrderFixtures.Placed order = place(PaymentMethod.VIETQR, 1);
		this.office.postForm("/orders/" + order.reference() + "/payments", "bank_ref", "FT3" + order.id())
			.expectStatus()
			.isSeeOther();
		step(order, "PACKED").expectStatus().isSeeOther();
		step(order, "CANCELLED").expectStatus().isSeeOther();
		assertThat(state(order).attention()).isEqualTo("REFUND_DUE");
		assertThat(list("/orders?attention=1")).contains(order.reference());
		this.office.postForm("/orders/" + order.reference() + "/settle", "note", "").expectStatus().isEqualTo(422);
		this.office.postForm("/orders/" + order.reference() + "/settle", "note", "Đã trả tiền mặt tại kho")
			.expectStatus()
			.isSeeOther();
		assertThat(state(order).attention()).isEqualTo("-");
		assertThat(list("/orders?attention=1")).doesNotContain(order.reference());
	}

	@Test
	void thePackingSlipListsTheAddressTheLinesAndTheLotsToTake() throws IOException {
		OrderFixtures.Placed order = place(PaymentMethod.COD, 2);
		long shipment = this.db.sql("SELECT id FROM shipment WHERE order_id = :id")
			.bind("id", order.id())
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block();
		String text = slip(order, shipment);
		String lot = this.db.sql("SELECT lot_code FROM batch WHERE id = :id")
			.bind("id", this.batch)
			.map((row, meta) -> row.get(0, String.class))
			.one()
			.block();
		assertThat(text).contains(order.reference())
			.contains("Số 1 Tràng Tiền")
			.contains("Mắm tép Hà Tĩnh")
			.contains(lot + " ×2")
			.contains("Thu hộ khi giao");
		step(order, "PACKED").expectStatus().isSeeOther();
		step(order, "SHIPPED").expectStatus().isSeeOther();
		long sooner = TraceFixtures.batch(this.product, "S" + lot)
			.producedOn(LocalDate.of(2023, 6, 1))
			.bestBefore(LocalDate.of(2024, 1, 1))
			.insert(this.db);
		this.ledger.apply(Movement.receive(this.warehouse, this.product, 5, sooner, "setup")).block();
		assertThat(slip(order, shipment)).contains(lot + " ×2").doesNotContain("S" + lot);
		this.office.client()
			.get()
			.uri("/orders/" + order.reference() + "/shipments/" + (shipment + 999_999) + ".pdf")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void theListFiltersByProvinceAndFindsByPhoneAndExportsWhatItShows() {
		OrderFixtures.Placed hanoi = OrderFixtures.placed(this.db, this.ledger, PaymentMethod.COD, "01", "0912000111",
				this.warehouse, this.product, 1, 60_000);
		OrderFixtures.Placed hue = OrderFixtures.placed(this.db, this.ledger, PaymentMethod.VIETQR, "46", "0935000222",
				this.warehouse, this.product, 1, 60_000);
		String byLocation = list("/orders?location=" + this.warehouse);
		assertThat(byLocation).contains(hanoi.reference()).contains(hue.reference());
		String hanoiOnly = list("/orders?location=" + this.warehouse + "&province=ha-noi");
		assertThat(hanoiOnly).contains(hanoi.reference()).doesNotContain(hue.reference());
		assertThat(list("/orders?q=0935000222")).contains(hue.reference()).doesNotContain(hanoi.reference());
		assertThat(list("/orders?q=" + hanoi.reference().toLowerCase())).contains(hanoi.reference());
		assertThat(list("/orders?location=" + this.warehouse + "&method=VIETQR")).contains(hue.reference())
			.doesNotContain(hanoi.reference());
		String csv = this.office.client()
			.get()
			.uri("/orders.csv?location=" + this.warehouse + "&province=ha-noi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv).startsWith("\uFEFF\"Mã đơn\"")
			.contains(hanoi.reference())
			.contains("Thanh toán khi nhận hàng")
			.doesNotContain(hue.reference());
		this.office.client()
			.get()
			.uri("/orders.xlsx?location=" + this.warehouse)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Test
	void onlyTheOfficeSeesOrders() {
		OrderFixtures.Placed order = place(PaymentMethod.COD, 1);
		assertThat(page(order)).contains(order.reference()).contains("Nguyễn Thị Lan");
		String email = "kho" + System.nanoTime() + "@ocop.test";
		new StockAccounts(this.db, this.encoder).operator(email, this.warehouse);
		BrowserSession operator = BrowserSession.login(this.client, email, StockAccounts.PASSWORD);
		operator.client().get().uri("/orders/" + order.reference()).exchange().expectStatus().isForbidden();
		operator.client().get().uri("/orders.csv").exchange().expectStatus().isForbidden();
		operator.postForm("/orders/" + order.reference() + "/status", "to", "CANCELLED").expectStatus().isForbidden();
		this.client.get()
			.uri("/orders/" + order.reference())
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location("/login");
		assertThat(state(order).status()).isEqualTo(OrderStatus.CONFIRMED);
	}

	private OrderFixtures.Placed place(PaymentMethod method, int quantity) {
		return OrderFixtures.placed(this.db, this.ledger, method, "01", "0912345678", this.warehouse, this.product,
				quantity, 60_000);
	}

	private WebTestClient.ResponseSpec step(OrderFixtures.Placed order, String to, String... more) {
		String[] form = new String[2 + more.length];
		form[0] = "to";
		form[1] = to;
		System.arraycopy(more, 0, form, 2, more.length);
		return this.office.postForm("/orders/" + order.reference() + "/status", form);
	}

	private String page(OrderFixtures.Placed order) {
		return list("/orders/" + order.reference());
	}

	private String list(String uri) {
		return this.office.page(uri);
	}

	private List<Integer> level() {
		return this.db.sql("SELECT on_hand, reserved FROM stock_level WHERE location_id = :l AND product_id = :p")
			.bind("l", this.warehouse)
			.bind("p", this.product)
			.map((row, meta) -> List.of(row.get("on_hand", Integer.class), row.get("reserved", Integer.class)))
			.one()
			.block();
	}

	private List<String> timeline(OrderFixtures.Placed order) {
		return this.db
			.sql("SELECT from_status || '' AS f, to_status FROM order_event WHERE order_id = :id ORDER BY at, id")
			.bind("id", order.id())
			.map((row, meta) -> row.get("f", String.class) + ">" + row.get("to_status", String.class))
			.all()
			.collectList()
			.block();
	}

	/**
	 * The packing slip's text: the lots to take before it ships, the ones it left with
	 * after.
	 */
	private String slip(OrderFixtures.Placed order, long shipment) {
		return text(this.office.client()
			.get()
			.uri("/orders/" + order.reference() + "/shipments/" + shipment + ".pdf")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody()
			.returnResult()
			.getResponseBody());
	}

	private static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private OrderFixtures.State state(OrderFixtures.Placed order) {
		return OrderFixtures.state(this.db, order.id());
	}

}
