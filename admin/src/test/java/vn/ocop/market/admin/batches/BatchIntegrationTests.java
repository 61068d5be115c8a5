package vn.ocop.market.admin.batches;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.ProducerAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

@IntegrationTest
class BatchIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	PasswordEncoder encoder;

	ProducerAccounts producers;

	long productId;

	BrowserSession producer;

	@BeforeEach
	void aProducerWithAProduct() {
		this.producers = new ProducerAccounts(this.db, this.encoder);
		String email = "lo" + System.nanoTime() + "@ocop.test";
		this.productId = this.producers
			.productWithAccount(product("Mật ong hoa nhãn " + System.nanoTime()).producer("HTX " + email), email);
		this.producer = BrowserSession.login(this.client, email, ProducerAccounts.PASSWORD);
	}

	@ParameterizedTest(name = "[{0}] {1} {2} {3} -> {4}")
	@CsvSource(delimiter = '|', textBlock = """
			''           | 2026-10-01 | ''         | ''  | Hãy nhập mã lô.
			'LÔ 01'      | 2026-10-01 | ''         | ''  | Mã lô chỉ gồm chữ không dấu
			'L-01'       | 01/10/2026 | ''         | ''  | Ngày không hợp lệ.
			'L-01'       | 2099-01-01 | ''         | ''  | Ngày sản xuất không thể ở tương lai.
			'L-01'       | 2026-10-01 | 2026-09-01 | ''  | Hạn sử dụng phải sau ngày sản xuất.
			'L-01'       | 2026-10-01 | ''         | -5  | Số lượng phải là số nguyên lớn hơn 0.
			'L-01'       | 2026-10-01 | ''         | abc | Số lượng phải là số nguyên lớn hơn 0.
			""")
	void aWrongBatchIsRefusedWithAVietnameseMessage(String lot, String producedOn, String bestBefore, String quantity,
			String message) {
		String page = createBatch(lot, producedOn, bestBefore, quantity).expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains(message).contains("Vui lòng sửa các ô được đánh dấu");
		assertThat(batchCount()).isZero();
	}

	@Test
	void aBatchIsCreatedOnceThenItsLotCodeIsTaken() {
		createBatch("L2611-01", "2026-11-01", "2027-11-01", "300").expectStatus().is3xxRedirection();
		assertThat(
				createBatch("L2611-01", "2026-11-02", "", "").expectBody(String.class).returnResult().getResponseBody())
			.contains("đã có lô mang mã này");
		assertThat(batchCount()).isOne();
	}

	@Test
	void eventsAreValidatedAndKeptWithTheirActor() {
		long batchId = this.producers.batch(this.productId, "L-EV");
		assertThat(addEvent(batchId, "HARVEST", "2026-10-01T07:30", "").expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("Hãy nhập nơi diễn ra.");
		assertThat(addEvent(batchId, "TELEPORTED", "hôm qua", "Ruộng").expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("Hãy chọn loại bước.").contains("Thời gian không hợp lệ.");
		addEvent(batchId, "HARVEST", "2026-10-01T07:30", "Vườn nhãn ấp 3").expectStatus().is3xxRedirection();
		var event = this.db.sql("SELECT kind, place, actor, at FROM trace_event WHERE batch_id = :id")
			.bind("id", batchId)
			.fetch()
			.one()
			.block();
		assertThat(event).containsEntry("kind", "HARVEST").containsEntry("place", "Vườn nhãn ấp 3");
		assertThat((String) event.get("actor")).endsWith("@ocop.test");
		assertThat(event.get("at").toString()).startsWith("2026-10-01T00:30");
	}

	@Test
	void documentsAreCheckedByContentAndSizeAndAWrongOneCanBeDeleted() {
		long batchId = this.producers.batch(this.productId, "L-DOC");
		upload(batchId, "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), "ket-qua.pdf").expectStatus()
			.is3xxRedirection();
		assertThat(upload(batchId, "MZ not a pdf".getBytes(StandardCharsets.US_ASCII), "ket-qua.pdf").expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("Tệp phải là PDF, JPEG hoặc PNG");
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
		assertThat(upload(batchId, large, "lon.pdf").expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("Tệp lớn hơn 10 MB");
		long documentId = this.db.sql("SELECT id FROM batch_document WHERE batch_id = :id")
			.bind("id", batchId)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
		this.producer.client()
			.get()
			.uri("/portal/documents/" + documentId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF);
		assertThat(this.producer.client()
			.get()
			.uri("/portal/batches/" + batchId)
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).containsSubsequence("Xóa giấy tờ…",
					"action=\"/portal/documents/" + documentId + "/delete\"", "name=\"_csrf\"", "Xóa hẳn giấy tờ này");
		this.producer.postForm("/portal/documents/" + documentId + "/delete")
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/portal/batches/" + batchId + "?documentDeleted#documents");
		assertThat(this.db.sql("SELECT count(*) AS n FROM batch_document WHERE batch_id = :id")
			.bind("id", batchId)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block()).isZero();
		this.producer.client().get().uri("/portal/documents/" + documentId).exchange().expectStatus().isNotFound();
		this.producer.postForm("/portal/documents/" + documentId + "/delete").expectStatus().isNotFound();
	}

	@Test
	void theLabelSheetHasTheRequestedNumberOfLabelsAndItsQrOpensTheBatch() throws Exception {
		this.db.sql("UPDATE product SET gtin = '08934588012228' WHERE id = :id")
			.bind("id", this.productId)
			.then()
			.block();
		long batchId = this.producers.batch(this.productId, "L/26-01");
		byte[] pdf = this.producer.client()
			.get()
			.uri("/portal/batches/" + batchId + "/labels.pdf?count=30")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			String text = new PDFTextStripper().getText(document);
			assertThat(text.split("Lô: L/26-01", -1)).hasSize(31);
			assertThat(text).contains("HSD: 01/10/2027").contains("★★★★");
			assertThat(decodeQr(document.getPage(0))).isEqualTo("http://localhost:8080/01/08934588012228/10/L%2F26-01");
		}
	}

	@Test
	void aProductWithoutGtinGetsTheShortTraceLink() throws Exception {
		long batchId = this.producers.batch(this.productId, "L-NO-GTIN");
		String code = this.db.sql("SELECT trace_code FROM batch WHERE id = :id")
			.bind("id", batchId)
			.map((row, meta) -> row.get("trace_code", String.class))
			.one()
			.block();
		byte[] pdf = this.producer.client()
			.get()
			.uri("/portal/batches/" + batchId + "/labels.pdf?count=1")
			.exchange()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).split("Lô: L-NO-GTIN", -1)).hasSize(2);
			assertThat(decodeQr(document.getPage(0))).isEqualTo("http://localhost:8080/t/" + code);
		}
	}

	@Test
	void theOfficeRecallsALotWithAReasonAndMayLiftTheRecallAllOnRecord() {
		long batchId = this.producers.batch(this.productId, "L-RECALL");
		BrowserSession admin = BrowserSession.login(this.client, IntegrationTest.ADMIN_EMAIL,
				IntegrationTest.ADMIN_PASSWORD);
		admin.postForm("/recalls/" + batchId, "reason", "Phát hiện nấm mốc").expectStatus().is3xxRedirection();
		assertThat(this.db.sql("SELECT recall_reason, recalled_at FROM batch WHERE id = :id")
			.bind("id", batchId)
			.fetch()
			.one()
			.block()).containsEntry("recall_reason", "Phát hiện nấm mốc").extracting("recalled_at").isNotNull();
		assertThat(this.producer.client()
			.get()
			.uri("/portal/batches/" + batchId)
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("Lô này đã bị thu hồi: Phát hiện nấm mốc");
		assertThat(admin.client()
			.get()
			.uri("/recalls?lot=L-RECALL")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains(", bởi " + IntegrationTest.ADMIN_EMAIL + ".", "Dỡ bỏ thu hồi");

		admin.postForm("/recalls/" + batchId + "/lift", "reason", " ")
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/recalls?error=reason#batch-" + batchId);
		admin.postForm("/recalls/" + batchId + "/lift", "reason", "Kiểm nghiệm lại đạt")
			.expectStatus()
			.is3xxRedirection();
		admin.postForm("/recalls/" + batchId + "/lift", "reason", "Lần nữa").expectStatus().isNotFound();
		assertThat(
				this.db.sql("SELECT recalled_at IS NULL AND recall_reason IS NULL AS clear FROM batch WHERE id = :id")
					.bind("id", batchId)
					.map((row, meta) -> row.get("clear", Boolean.class))
					.one()
					.block())
			.isTrue();
		assertThat(this.db
			.sql("SELECT kind || ' ' || note || ' ' || actor AS e FROM trace_event WHERE batch_id = :id ORDER BY id")
			.bind("id", batchId)
			.map((row, meta) -> row.get("e", String.class))
			.all()
			.collectList()
			.block()).containsExactly("RECALLED Phát hiện nấm mốc " + IntegrationTest.ADMIN_EMAIL,
					"RECALL_LIFTED Kiểm nghiệm lại đạt " + IntegrationTest.ADMIN_EMAIL);
		assertThat(this.producer.client()
			.get()
			.uri("/portal/batches/" + batchId)
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).doesNotContain("Lô này đã bị thu hồi").contains("Thu hồi lô hàng", "Dỡ bỏ thu hồi");
	}

	@Test
	void aProducerCorrectsABatchAndTheStorefrontHearsOfIt() {
		long batchId = this.producers.batch(this.productId, "L-SUA");
		this.producer.client()
			.get()
			.uri("/portal/batches/" + batchId + "/edit")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Sửa lô L-SUA", "value=\"L-SUA\"").doesNotContain("readonly"));
		long outbox = outboxRows(batchId);
		editBatch(batchId, "L-SUA-2", "2026-10-01", "2027-04-01", "480").expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/portal/batches/" + batchId + "?saved");
		assertThat(this.db.sql("SELECT lot_code, best_before::text AS best, quantity FROM batch WHERE id = :id")
			.bind("id", batchId)
			.map((row, meta) -> row.get("lot_code", String.class) + " " + row.get("best", String.class) + " "
					+ row.get("quantity", Integer.class))
			.one()
			.block()).isEqualTo("L-SUA-2 2027-04-01 480");
		assertThat(outboxRows(batchId)).isGreaterThan(outbox);
		editBatch(batchId, "L-SUA-2", "2026-10-01", "2026-01-01", "480").expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Hạn sử dụng phải sau ngày sản xuất."));
	}

	@Test
	void aScannedLotKeepsItsCodeAndTwoLotsNeverShareOne() {
		long scanned = this.producers.batch(this.productId, "L-QUET");
		long other = this.producers.batch(this.productId, "L-KHAC");
		this.db.sql("INSERT INTO qr_scan (batch_id, client_hash) VALUES (:id, 'test')")
			.bind("id", scanned)
			.then()
			.block();
		this.producer.client()
			.get()
			.uri("/portal/batches/" + scanned + "/edit")
			.exchange()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("readonly", "mã lô không đổi được nữa"));
		editBatch(scanned, "L-MOI", "2026-10-01", "", "").expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Tem của lô này đã được quét"));
		editBatch(scanned, "L-QUET", "2026-10-01", "", "200").expectStatus().is3xxRedirection();
		editBatch(other, "L-QUET", "2026-10-01", "", "").expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Sản phẩm này đã có lô mang mã này."));
		assertThat(this.db
			.sql("SELECT string_agg(lot_code || ':' || coalesce(quantity, 0), ',' ORDER BY id) AS lots"
					+ " FROM batch WHERE product_id = :id")
			.bind("id", this.productId)
			.map((row, meta) -> row.get("lots", String.class))
			.one()
			.block()).isEqualTo("L-QUET:200,L-KHAC:500");
	}

	private static String decodeQr(PDPage page)
			throws IOException, NotFoundException, ChecksumException, FormatException {
		for (COSName name : page.getResources().getXObjectNames()) {
			if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
				BufferedImage qr = image.getImage();
				return new QRCodeReader()
					.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(qr))))
					.getText();
			}
		}
		throw new AssertionError("No image on the page");
	}

	private WebTestClient.ResponseSpec createBatch(String lot, String producedOn, String bestBefore, String quantity) {
		return this.producer.postForm("/portal/products/" + this.productId + "/batches", "lotCode", lot, "producedOn",
				producedOn, "bestBefore", bestBefore, "quantity", quantity, "originPlace", "Xã Tân Phú",
				"originProvince", "82");
	}

	private WebTestClient.ResponseSpec editBatch(long batchId, String lot, String producedOn, String bestBefore,
			String quantity) {
		return this.producer.postForm("/portal/batches/" + batchId + "/edit", "lotCode", lot, "producedOn", producedOn,
				"bestBefore", bestBefore, "quantity", quantity);
	}

	private long outboxRows(long batchId) {
		return this.db.sql("""
				SELECT count(*) AS n FROM catalog_outbox
				WHERE product_id = (SELECT product_id FROM batch WHERE id = :id) AND reason = 'batch update'""")
			.bind("id", batchId)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private WebTestClient.ResponseSpec addEvent(long batchId, String kind, String at, String place) {
		return this.producer.postForm("/portal/batches/" + batchId + "/events", "kind", kind, "at", at, "place", place,
				"fromPlace", "", "toPlace", "Xưởng chế biến");
	}

	private WebTestClient.ResponseSpec upload(long batchId, byte[] content, String fileName) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("kind", "TEST_REPORT");
		parts.part("title", "Phiếu kiểm nghiệm");
		parts.part("file", content).filename(fileName).contentType(MediaType.APPLICATION_PDF);
		return this.producer.postMultipart("/portal/batches/" + batchId + "/documents", parts);
	}

	private long batchCount() {
		return this.db.sql("SELECT count(*) AS n FROM batch WHERE product_id = :id")
			.bind("id", this.productId)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

}
