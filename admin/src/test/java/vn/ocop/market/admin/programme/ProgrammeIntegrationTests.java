package vn.ocop.market.admin.programme;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.ProducerAccounts;
import vn.ocop.market.admin.imports.CertificationFileBuilder;
import vn.ocop.market.catalog.fixtures.CatalogFixtures;
import vn.ocop.market.catalog.fixtures.OrderFixtures;
import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.order.PaymentMethod;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.catalog.web.VietnamWebConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's figures against direct SQL over the same data, on a clock half an hour
 * past midnight in Vietnam (still the day before in UTC): 1 July 2026.
 */
@IntegrationTest
class ProgrammeIntegrationTests {

	static final Instant HALF_PAST_MIDNIGHT_IN_VIETNAM = Instant.parse("2026-06-30T17:30:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@TestConfiguration
	static class OnJulyFirst {

		@Bean
		@Primary
		Clock julyFirst() {
			return Clock.fixed(HALF_PAST_MIDNIGHT_IN_VIETNAM, VietnamWebConfiguration.VIETNAM);
		}

	}

	@Test
	void certifiedNowEqualsDirectSqlWithFormerProvincesFoldedInAndExpiredOrHiddenLeftOut() {
		importFile(CertificationFileBuilder.file().row((r) -> {
			r.put("product_name", "Bánh đa Kế Hải Dương");
			r.put("producer_name", "HTX Bánh đa Kế");
			r.put("province", "Tỉnh Hải Dương");
			r.put("decision_date", "01/03/2025");
		}).csv());
		CatalogFixtures.product("Vải thiều hết hạn").province("31").certifiedOn(TODAY.minusMonths(36)).insert(this.db);
		CatalogFixtures.product("Gốm ẩn").province("31").hidden().certifiedOn(LocalDate.of(2026, 1, 5)).insert(this.db);
		CatalogFixtures.product("Mắm rươi Tứ Kỳ")
			.province("31")
			.stars(3)
			.certifiedOn(LocalDate.of(2025, 5, 5))
			.insert(this.db);

		Map<String, Object> json = json("/api/reports/programme");
		Map<?, ?> now = (Map<?, ?>) json.get("certifiedNow");
		long haiPhong = count("""
				SELECT count(*) FROM product p JOIN producer r ON r.id = p.producer_id
				JOIN certification c ON c.product_id = p.id AND c.status = 'ACTIVE'
				WHERE p.status = 'ACTIVE' AND c.valid_until >= DATE '2026-07-01' AND r.province_code = '31'""");
		assertThat(haiPhong).isEqualTo(2);
		assertThat(((Map<?, ?>) now.get("byProvince")).get("hai-phong")).isEqualTo((int) haiPhong);
		assertThat(((Map<?, ?>) now.get("byProvince"))).hasSize(34);
		for (int stars = 3; stars <= 5; stars++) {
			assertThat(((Map<?, ?>) now.get("byStars")).get(String.valueOf(stars))).isEqualTo((int) count("""
					SELECT count(*) FROM product p JOIN certification c ON c.product_id = p.id AND c.status = 'ACTIVE'
					WHERE p.status = 'ACTIVE' AND c.valid_until >= DATE '2026-07-01' AND c.stars = """ + stars));
		}
		assertThat(((Map<?, ?>) now.get("byGroup")).get("FOOD")).isEqualTo((int) count("""
				SELECT count(*) FROM product p JOIN certification c ON c.product_id = p.id AND c.status = 'ACTIVE'
				WHERE p.status = 'ACTIVE' AND c.valid_until >= DATE '2026-07-01' AND p.product_group = 'FOOD'"""));

		String list = page("/dashboard/products?province=hai-phong&stars=4");
		assertThat(list).contains("Bánh đa Kế Hải Dương").doesNotContain("Vải thiều hết hạn", "Gốm ẩn", "Mắm rươi");
	}

	@Test
	void aPeriodCountsNewUpgradedRenewedDowngradedAndExpiredCertificates() {
		CatalogFixtures.product("Miến dong Nguyên Bình")
			.province("04")
			.stars(3)
			.certifiedOn(LocalDate.of(2026, 2, 10))
			.insert(this.db);
		CatalogFixtures.product("Hạt dẻ Trùng Khánh")
			.province("04")
			.certifiedOn(LocalDate.of(2023, 5, 1))
			.insert(this.db);
		importFile(CertificationFileBuilder.file()
			.row((r) -> cao(r, "Lạp sườn Cao Bằng", "10/QĐ-UBND", "01/03/2024", "3", "Huyện", "25", "15", "20"))
			.row((r) -> cao(r, "Lạp sườn Cao Bằng", "20/QĐ-UBND", "01/03/2026", "4", "Tỉnh", "30", "20", "25"))
			.row((r) -> cao(r, "Trà giảo cổ lam", "30/QĐ-UBND", "01/03/2024", "4", "Tỉnh", "30", "20", "25"))
			.row((r) -> cao(r, "Trà giảo cổ lam", "40/QĐ-UBND", "01/04/2026", "4", "Tỉnh", "30", "21", "25"))
			.row((r) -> cao(r, "Rượu ngô men lá", "50/QĐ-UBND", "01/03/2024", "4", "Tỉnh", "30", "20", "25"))
			.row((r) -> cao(r, "Rượu ngô men lá", "60/QĐ-UBND", "01/05/2026", "3", "Tỉnh", "25", "15", "20"))
			.csv());

		Map<String, Object> json = json("/api/reports/programme?province=cao-bang&from=2026-01-01&to=2026-06-30");
		assertThat(json.get("period"))
			.isEqualTo(Map.of("new", 1, "upgraded", 1, "renewed", 1, "downgraded", 1, "expired", 1));
		Map<String, Object> earlier = json("/api/reports/programme?province=cao-bang&from=2024-01-01&to=2024-12-31");
		assertThat(((Map<?, ?>) earlier.get("period")).get("new")).isEqualTo(3);
	}

	@Test
	void targetsShowTheYearsResultsBesideThem() {
		CatalogFixtures.product("Cá bống sông Trà")
			.province("51")
			.certifiedOn(LocalDate.of(2026, 3, 3))
			.insert(this.db);
		CatalogFixtures.product("Tỏi Lý Sơn")
			.province("51")
			.stars(5)
			.certifiedOn(LocalDate.of(2026, 4, 4))
			.insert(this.db);
		CatalogFixtures.product("Quế Trà Bồng").province("51").certifiedOn(LocalDate.of(2025, 4, 4)).insert(this.db);
		BrowserSession office = BrowserSession.login(this.client, IntegrationTest.ADMIN_EMAIL,
				IntegrationTest.ADMIN_PASSWORD);

		office.postForm("/dashboard/targets", "provinceCode", "51", "year", "2026", "share3plusPercent", "70")
			.expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("hãy nhập số sản phẩm đăng ký đánh giá"));
		office
			.postForm("/dashboard/targets", "provinceCode", "51", "year", "2026", "certified3plus", "2", "upgraded3to4",
					"1", "fiveStar", "2", "registeredProducts", "4", "share3plusPercent", "70")
			.expectStatus()
			.is3xxRedirection();

		List<?> targets = (List<?>) json("/api/reports/programme?province=quang-ngai&from=2026-01-01&to=2026-12-31")
			.get("targets");
		assertThat(targets).hasSize(1);
		Map<?, ?> target = (Map<?, ?>) targets.get(0);
		assertThat(target.get("certified3plus")).isEqualTo(Map.of("target", 2, "result", 2));
		assertThat(target.get("fiveStar")).isEqualTo(Map.of("target", 2, "result", 1));
		assertThat(((Map<?, ?>) target.get("share3plusPercent")).get("result")).isEqualTo(50);
		assertThat(((Map<?, ?>) target.get("share3plusPercent")).get("target")).isEqualTo(70);
		assertThat(office.client()
			.get()
			.uri("/dashboard?province=quang-ngai&year=2026")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("Quảng Ngãi", "goal met");
	}

	@Test
	void expiryWindowsCountFromVietnamsMidnight() {
		expiringOn("Lẩu cá kèo hết hôm qua", TODAY.minusDays(1));
		expiringOn("Khô cá lóc hết hôm nay", TODAY);
		expiringOn("Mật ong U Minh 29 ngày", TODAY.plusDays(29));
		expiringOn("Tôm khô 30 ngày", TODAY.plusDays(30));
		expiringOn("Bánh pía 100 ngày", TODAY.plusDays(100));

		Map<String, Object> json = json("/api/reports/programme?province=ca-mau");
		assertThat(json.get("expiringWithin30Days")).isEqualTo(2);
		assertThat(json.get("expiringWithin90Days")).isEqualTo(3);
		assertThat(json.get("expiringWithin180Days")).isEqualTo(4);
		String csv = session().client()
			.get()
			.uri("/dashboard/renewals.csv?province=ca-mau&within=30")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv).contains("Khô cá lóc hết hôm nay", "Mật ong U Minh 29 ngày", "0290 123 456")
			.doesNotContain("hôm qua", "Tôm khô");
	}

	@Test
	void theReportFilesOpenAndHoldTheFigures() throws IOException {
		CatalogFixtures.product("Nước mắm Phú Quốc")
			.province("91")
			.stars(5)
			.certifiedOn(LocalDate.of(2026, 6, 2))
			.insert(this.db);
		byte[] xlsx = bytes("/api/reports/programme?province=an-giang&from=2026-06-01&to=2026-06-30&format=xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet summary = workbook.getSheet("Tổng hợp");
			assertThat(cells(summary)).contains("Sản phẩm đang được chứng nhận|1.0", "5★|1.0", "Công nhận mới|1.0");
			assertThat(cells(workbook.getSheet("Biến động trong kỳ")))
				.anyMatch((row) -> row.startsWith("02/06/2026|Công nhận mới|1234/QĐ-UBND|Nước mắm Phú Quốc"));
		}
		byte[] pdf = bytes("/api/reports/programme?province=an-giang&from=2026-06-01&to=2026-06-30&format=pdf");
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains(
					"Báo cáo kết quả thực hiện Chương trình OCOP — An Giang", "Nước mắm Phú Quốc", "Công nhận mới");
		}
		session().client()
			.get()
			.uri("/dashboard/report?period=MONTH&year=2026&number=6&province=an-giang&format=pdf")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/pdf")
			.expectHeader()
			.value("Content-Disposition", (value) -> assertThat(value).contains("bao-cao-ocop-an-giang-2026-06.pdf"));
	}

	@Test
	void salesCountPaidOrConfirmedOrdersAndShowroomAndFairSalesByChannel(@Autowired StockLedger ledger) {
		long product = CatalogFixtures.product("Gạo nàng thơm Cần Thơ")
			.province("92")
			.producer("HTX Gạo Cờ Đỏ")
			.insert(this.db);
		long warehouse = StockFixtures.location("Kho Cần Thơ").warehouse().province("92").insert(this.db);
		long fair = StockFixtures.location("Hội chợ OCOP Cần Thơ")
			.fair(TODAY.minusDays(1), TODAY.plusDays(3))
			.province("92")
			.insert(this.db);
		ledger.apply(Movement.receive(warehouse, product, 10, null, "setup")).block();
		OrderFixtures.placed(this.db, ledger, PaymentMethod.COD, "01", "0912345678", warehouse, product, 2, 50_000);
		OrderFixtures.placed(this.db, ledger, PaymentMethod.VIETQR, "01", "0912345679", warehouse, product, 1, 50_000);
		this.db.sql("""
				WITH s AS (INSERT INTO stock_sale (location_id, sale_key, payment_method, total_vnd, sold_by)
				           VALUES (:fair, gen_random_uuid(), 'CASH', 120000, 'hoicho@ocop.test') RETURNING id)
				INSERT INTO stock_sale_line (sale_id, line_no, product_id, quantity, unit_price_vnd)
				SELECT id, 1, :product, 3, 40000 FROM s""").bind("fair", fair).bind("product", product).then().block();

		Map<?, ?> sales = (Map<?, ?>) json("/api/reports/programme?province=can-tho&from=2026-01-01&to=2026-12-31")
			.get("sales");
		assertThat(sales.get("byChannel")).isEqualTo(Map.of("ONLINE", Map.of("quantity", 2, "amountVnd", 100000),
				"SHOWROOM", Map.of("quantity", 0, "amountVnd", 0), "FAIR", Map.of("quantity", 3, "amountVnd", 120000)));
		assertThat(sales.get("totalVnd")).isEqualTo(220000);
		assertThat(((Map<?, ?>) ((List<?>) sales.get("top")).get(0)).get("product")).isEqualTo("Gạo nàng thơm Cần Thơ");
		assertThat(page("/dashboard?province=can-tho&year=2026")).contains("Hội chợ", "120.000");
	}

	@Test
	void aProducerSeesItsOwnComingExpiryInThePortal(@Autowired PasswordEncoder encoder) {
		ProducerAccounts accounts = new ProducerAccounts(this.db, encoder);
		accounts.productWithAccount(CatalogFixtures.product("Nhãn lồng Hưng Yên")
			.province("33")
			.producer("HTX Nhãn lồng")
			.certifiedOn(LocalDate.of(2023, 10, 1)), "nhan@programme.test");
		accounts.productWithAccount(CatalogFixtures.product("Mật ong hoa nhãn")
			.province("33")
			.producer("HTX Ong")
			.certifiedOn(LocalDate.of(2026, 1, 1)), "ong@programme.test");

		assertThat(portal("nhan@programme.test")).contains("Nhãn lồng Hưng Yên", "hết hiệu lực ngày 30/09/2026",
				"còn 91 ngày");
		assertThat(portal("ong@programme.test")).contains("Mật ong hoa nhãn").doesNotContain("hết hiệu lực");
	}

	private String portal(String email) {
		return BrowserSession.login(this.client, email, ProducerAccounts.PASSWORD).page("/portal");
	}

	@Test
	void onlyTheOfficeReadsTheProgramme(@Autowired PasswordEncoder encoder) {
		new ProducerAccounts(this.db, encoder).productWithAccount(CatalogFixtures.product("Chè Shan Hà Giang"),
				"producer@programme.test");
		this.client.get()
			.uri("/api/reports/programme")
			.headers((h) -> h.setBasicAuth(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isOk();
		this.client.get()
			.uri("/api/reports/programme")
			.headers((h) -> h.setBasicAuth("producer@programme.test", ProducerAccounts.PASSWORD))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.get().uri("/api/reports/programme").exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/dashboard").exchange().expectStatus().is3xxRedirection();
		this.client.get()
			.uri("/api/reports/programme?from=2026-05-01&to=2026-04-01")
			.headers((h) -> h.setBasicAuth(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("report.error.dates");
	}

	private void expiringOn(String name, LocalDate validUntil) {
		long id = CatalogFixtures.product(name)
			.province("96")
			.producer("HTX " + name)
			.certifiedOn(validUntil.plusDays(1).minusMonths(36))
			.insert(this.db);
		this.db.sql("UPDATE certification SET valid_until = :until WHERE product_id = :id")
			.bind("until", validUntil)
			.bind("id", id)
			.then()
			.block();
		this.db.sql(
				"UPDATE producer SET phone = '0290 123 456' WHERE id = (SELECT producer_id FROM product WHERE id = :id)")
			.bind("id", id)
			.then()
			.block();
	}

	private static void cao(Map<String, String> row, String product, String number, String date, String stars,
			String level, String a, String b, String c) {
		row.put("product_name", product);
		row.put("producer_name", "HTX " + product);
		row.put("province", "Cao Bằng");
		// districts were abolished in July 2025
		row.put("district", date.endsWith("2026") ? "" : "Huyện Trùng Khánh");
		row.put("decision_no", number);
		row.put("decision_date", date);
		row.put("stars", stars);
		row.put("issuing_level", level);
		row.put("score_a", a);
		row.put("score_b", b);
		row.put("score_c", c);
		row.put("total_score", String.valueOf(Integer.parseInt(a) + Integer.parseInt(b) + Integer.parseInt(c)));
	}

	private void importFile(byte[] csv) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(csv) {
			@Override
			public String getFilename() {
				return "programme.csv";
			}
		});
		admin().post()
			.uri("/api/imports?dryRun=false")
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectBody(String.class)
			.value((json) -> assertThat(json).contains("\"applied\":true"));
	}

	private WebTestClient admin() {
		return this.client.mutate()
			.defaultHeaders((h) -> h.setBasicAuth(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD))
			.defaultHeader("Accept-Language", "vi")
			.build();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> json(String uri) {
		return admin().get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private byte[] bytes(String uri) {
		return admin().get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	private String page(String uri) {
		return session().page(uri);
	}

	private BrowserSession session() {
		return BrowserSession.login(this.client, IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> row.get(0, Long.class)).one().block();
	}

	private static List<String> cells(Sheet sheet) {
		List<String> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> cells = new ArrayList<>();
			row.forEach((cell) -> cells.add(cell.toString()));
			rows.add(String.join("|", cells));
		}
		return rows;
	}

}
