package vn.ocop.market.storefront.trace;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.storefront.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;
import static vn.ocop.market.catalog.fixtures.TraceFixtures.batch;

/**
 * The traceability page: the minimum data of Circular 02/2024, a journey where each stage
 * says where the goods came from and went, only the batch's own documents, loud recall
 * and expiry banners, and scans counted without personal data.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "server.forward-headers-strategy=framework")
class TracePageIntegrationTests {

	static final byte[] PDF = TraceJourney.PDF;

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	long otherDocument;

	@BeforeAll
	void catalogue() {
		long banh = product("Bánh phồng tôm Sa Đéc").gtin("08934588012228")
			.certifiedOn(LocalDate.now().minusDays(300))
			.insert(this.db);
		this.db.sql("""
				UPDATE producer SET address = '12 Nguyễn Sinh Sắc', commune = 'Phường Sa Đéc', phone = '0277 3 861 234'
				WHERE name = 'Hợp tác xã Tân Phú'""").then().block();
		TraceJourney.of(banh, "L24-03", LocalDate.of(2024, 3, 1)).traceCode("BPT2403").insert(this.db);
		this.otherDocument = batch(banh, "L24-04").traceCode("BPT2404")
			.document("HACCP", "Chứng nhận HACCP của lô khác", "haccp.pdf", "application/pdf", PDF, null)
			.insert(this.db);
		batch(banh, "L23-12").traceCode("BPT2312").recalled("Bao bì bị rách trong khi vận chuyển").insert(this.db);
		batch(banh, "SCAN-1").traceCode("SCAN0001").insert(this.db);
		batch(banh, "COPY-1").traceCode("COPY0001").quantity(2).insert(this.db);
		batch(banh, "LINK-1").traceCode("LINK0001").insert(this.db);
		batch(banh, "NETS-1").traceCode("NETS0001").insert(this.db);
		long lifted = batch(banh, "LIFT-1").traceCode("LIFT0001").insert(this.db);
		this.db.sql("""
				INSERT INTO app_user (email, role, producer_id) SELECT 'tan.phu@ocop.test', 'PRODUCER', producer_id
				FROM product WHERE id = :id""").bind("id", banh).then().block();
		this.db.sql("INSERT INTO app_user (email, role) VALUES ('van.phong@ocop.test', 'ADMIN')").then().block();
		this.db
			.sql("""
					INSERT INTO trace_event (batch_id, at, kind, place, note, actor) VALUES
					  (:id, '2026-03-01 08:00+07', 'PACKING', 'Xưởng Sa Đéc', NULL, 'tan.phu@ocop.test'),
					  (:id, '2026-03-05 09:00+07', 'RECALLED', 'Văn phòng điều phối OCOP', 'Nghi nhiễm nấm mốc', 'van.phong@ocop.test'),
					  (:id, '2026-03-09 10:00+07', 'RECALL_LIFTED', 'Văn phòng điều phối OCOP', 'Kiểm nghiệm lại đạt', 'van.phong@ocop.test'),
					  (:id, '2026-03-10 10:00+07', 'SHIPPED', 'Sa Đéc', NULL, 'someone.gone@ocop.test')""")
			.bind("id", lifted)
			.then()
			.block();
		long keo = product("Kẹo lạc Sa Đéc").gtin("08930000000026")
			.certifiedOn(LocalDate.of(2021, 4, 1))
			.certificationStatus("EXPIRED")
			.insert(this.db);
		batch(keo, "K1").insert(this.db);
		long nonLa = product("Nón lá bài thơ").producer("Hộ kinh doanh Bà Ngọc").province("46").insert(this.db);
		batch(nonLa, "N1").traceCode("NONLA001").origin("Làng Tây Hồ", "46").insert(this.db);
	}

	@Test
	void showsTheMinimumDataOfCircular02() {
		page("/01/08934588012228/10/L24-03").value(allOf(containsString("Bánh phồng tôm Sa Đéc"),
				containsString("role=\"img\""), containsString("Hợp tác xã Tân Phú"),
				containsString("12 Nguyễn Sinh Sắc, Phường Sa Đéc, "), containsString("Đồng Tháp"),
				containsString("01/03/2024"), containsString("01/03/2025"), containsString("L24-03"),
				containsString("BPT2403"), containsString("Xã Tân Khánh Đông"), containsString("1234/QĐ-UBND"),
				containsString("Tiêu chuẩn áp dụng"), containsString("VietGAP"), containsString("Phiếu kiểm nghiệm"),
				containsString("\"hasGS1DigitalLink\":\"http://localhost"), containsString("data-alert=\"none\"")));
	}

	@Test
	void eachStageSaysWhereTheGoodsCameFromAndWent() {
		page("/01/08934588012228/10/L24-03").value(stringContainsInOrder(
				List.of("Thu hoạch nguyên liệu", "Ao tôm Tân Khánh Đông", "Đến", "Xưởng chế biến HTX Tân Phú",
						"Chế biến", "Từ", "Ao tôm Tân Khánh Đông", "Xưởng chế biến HTX Tân Phú", "Đến",
						"Kho đóng gói HTX Tân Phú", "Vận chuyển", "Kho đóng gói HTX Tân Phú", "Xe tải 66C-123.45",
						"Điểm bán OCOP Sa Đéc", "Nhập tại điểm bán", "BPT2403-")));
	}

	@Test
	void listsAndServesOnlyTheBatchsOwnDocuments() {
		String html = page("/01/08934588012228/10/L24-03").returnResult().getResponseBody();
		assertThat(html).contains("Giấy chứng nhận VietGAP").doesNotContain("Chứng nhận HACCP của lô khác");
		String link = html.replaceAll("(?s).*href=\"(/t/BPT2403/tai-lieu/\\d+)\" type=\"application/pdf\".*", "$1");
		this.client.get()
			.uri(link)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectHeader()
			.valueMatches("Content-Disposition", "inline; filename=.*vietgap.pdf.*")
			.expectBody(byte[].class)
			.isEqualTo(PDF);
		long otherId = this.db.sql("SELECT id FROM batch_document WHERE batch_id = :b")
			.bind("b", this.otherDocument)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
		this.client.get().uri("/t/BPT2403/tai-lieu/" + otherId).exchange().expectStatus().isNotFound();
		this.client.get().uri("/t/BPT2404/tai-lieu/" + otherId).exchange().expectStatus().isOk();
	}

	@Test
	void recalledLotIsShownLoudlyAtTheTop() {
		page("/01/08934588012228/10/L23-12")
			.value(allOf(containsString("data-alert=\"recalled\""), containsString("LÔ HÀNG ĐÃ BỊ THU HỒI"),
					containsString("Bao bì bị rách trong khi vận chuyển"), not(containsString("data-alert=\"none\""))));
	}

	@Test
	void expiredCertificateIsShownLoudlyAtTheTop() {
		page("/01/08930000000026/10/K1").value(
				allOf(containsString("data-alert=\"certificate\""), containsString("Chứng nhận OCOP đã hết hiệu lực"),
						containsString("31/03/2024"), not(containsString("data-alert=\"none\""))));
	}

	@Test
	void productWithoutGtinHasTheSamePageUnderItsShortCode() {
		page("/t/nonla001").value(allOf(containsString("Nón lá bài thơ"), containsString("Làng Tây Hồ"),
				containsString("/t/NONLA001"), not(containsString("hasGS1DigitalLink"))));
	}

	@Test
	void speaksEnglishWhenAsked() {
		page("/01/08934588012228/10/L24-03?lang=en").value(allOf(containsString("Raw material harvested"),
				containsString("The product&#39;s journey"), containsString("Applicable standards")));
	}

	@Test
	void countsScansWithoutKeepingTheAddress() {
		scan("SCAN0001").value(containsString("data-scans=\"1\""));
		scan("SCAN0001").value(allOf(containsString("data-scans=\"2\""), containsString("đã được quét 2 lần")));
		List<String> hashes = this.db
			.sql("""
					SELECT client_hash FROM qr_scan WHERE batch_id = (SELECT id FROM batch WHERE trace_code = 'SCAN0001')""")
			.map((row, meta) -> row.get("client_hash", String.class))
			.all()
			.collectList()
			.block();
		assertThat(hashes).hasSize(2).allSatisfy((hash) -> assertThat(hash).matches("[0-9a-f]{64}"));
		List<String> everything = this.db.sql("SELECT row_to_json(s)::text AS row FROM qr_scan s")
			.map((row, meta) -> row.get("row", String.class))
			.all()
			.collectList()
			.block();
		assertThat(everything).noneMatch((row) -> row.contains("203.0.113"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
			"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
			"Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
			"TelegramBot (like TwitterBot)", "WhatsApp/2.23.20.0", "curl/8.5.0", "" })
	void previewsAndCrawlersSeeTheCountWithoutAddingToIt(String userAgent) {
		long before = scans("LINK0001");
		scan("LINK0001").value(containsString("data-scans=\"" + (before + 1) + "\""));
		this.client.get()
			.uri("/t/LINK0001")
			.header("User-Agent", userAgent)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(containsString("data-scans=\"" + (before + 1) + "\""));
		assertThat(scans("LINK0001")).isEqualTo(before + 1);
	}

	@Test
	void behindOurProxyTheForwardedNetworkTellsClientsApart() {
		scan("NETS0001", "203.0.113.45");
		scan("NETS0001", "203.0.113.99");
		scan("NETS0001", "198.51.100.7");
		assertThat(this.db.sql("""
				SELECT count(DISTINCT client_hash) AS n FROM qr_scan s JOIN batch b ON b.id = s.batch_id
				WHERE b.trace_code = 'NETS0001'""").map((row, meta) -> row.get("n", Long.class)).one().block())
			.isEqualTo(2);
	}

	@Test
	void aLiftedRecallStaysInTheJourneyAndNoAccountsAddressIsShown() {
		page("/t/LIFT0001").value(allOf(containsString("data-alert=\"none\""),
				stringContainsInOrder("Đóng gói", "Ghi nhận bởi Hợp tác xã Tân Phú", "Lô hàng bị thu hồi",
						"Nghi nhiễm nấm mốc", "Ghi nhận bởi Văn phòng điều phối OCOP",
						"Dỡ bỏ thu hồi, được lưu hành trở lại", "Kiểm nghiệm lại đạt", "Vận chuyển"),
				not(containsString("@ocop.test"))));
	}

	@Test
	void warnsWhenALotIsScannedFarBeyondItsQuantity() {
		for (int i = 0; i < 6; i++) {
			scan("COPY0001").value(not(containsString("data-alert=\"copied\"")));
		}
		scan("COPY0001").value(allOf(containsString("data-alert=\"copied\""),
				containsString("Cảnh báo: tem này có thể bị sao chép"), containsString("mailto:ocop@mard.gov.vn")));
	}

	@Test
	void readingTheLinksetIsNotAScan() {
		long before = scans("NONLA001");
		this.client.get()
			.uri("/t/NONLA001")
			.accept(MediaType.parseMediaType("application/linkset+json"))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(scans("NONLA001")).isEqualTo(before);
	}

	private long scans(String code) {
		return this.db
			.sql("SELECT count(*) AS n FROM qr_scan s JOIN batch b ON b.id = s.batch_id WHERE b.trace_code = :code")
			.bind("code", code)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private WebTestClient.BodySpec<String, ?> page(String path) {
		return this.client.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Cache-Control", "no-store")
			.expectBody(String.class);
	}

	private WebTestClient.BodySpec<String, ?> scan(String code) {
		return scan(code, "203.0.113.45");
	}

	private WebTestClient.BodySpec<String, ?> scan(String code, String forwardedFor) {
		return this.client.get()
			.uri("/t/" + code)
			.header("X-Forwarded-For", forwardedFor)
			.header("User-Agent", "Mozilla/5.0 (Linux; Android 14) Chrome/124.0 Mobile Safari/537.36")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class);
	}

}
