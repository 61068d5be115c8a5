package vn.ocop.market.admin.imports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.ocop.market.admin.imports.CertificationFileBuilder.file;

@IntegrationTest
class ImportApiIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	ImportApi api() {
		return new ImportApi(this.client);
	}

	@Test
	void aDryRunReportsEveryRowAndChangesNothing() {
		byte[] csv = file().row().row((r) -> r.put("province", "Hải Dương")).csv();
		api().dryRun(csv, "dry.csv")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.importId")
			.isNumber()
			.jsonPath("$.dryRun")
			.isEqualTo(true)
			.jsonPath("$.applied")
			.isEqualTo(false)
			.jsonPath("$.counts.NEW")
			.isEqualTo(2)
			.jsonPath("$.counts.ERROR")
			.isEqualTo(0)
			.jsonPath("$.rows[0].row")
			.isEqualTo(2)
			.jsonPath("$.rows[0].outcome")
			.isEqualTo("NEW")
			.jsonPath("$.rows[0].stars")
			.isEqualTo(4)
			.jsonPath("$.rows[0].productName")
			.isEqualTo("Bánh phồng tôm Sa Đéc loại 1")
			.jsonPath("$.rows[0].province.slug")
			.isEqualTo("dong-thap")
			.jsonPath("$.rows[1].province.slug")
			.isEqualTo("hai-phong")
			.jsonPath("$.rows[1].errors")
			.isEmpty();
		assertThat(count("SELECT count(*) FROM certification WHERE decision_no = '1234/QĐ-UBND'")).isZero();
	}

	static Stream<Arguments> errors() {
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
			.plusDays(1)
			.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		return Stream.of(error("MISSING_FIELD", "product_name", (r) -> r.put("product_name", "")),
				error("BAD_DATE", "decision_date", (r) -> r.put("decision_date", "31/02/2024")),
				error("BAD_NUMBER", "total_score", (r) -> r.put("total_score", "bảy lăm")),
				error("UNKNOWN_PROVINCE", "province", (r) -> r.put("province", "Tỉnh Atlantis")),
				error("UNKNOWN_GROUP", "product_group", (r) -> r.put("product_group", "đồ điện tử")),
				error("UNKNOWN_LEVEL", "issuing_level", (r) -> r.put("issuing_level", "cấp thôn")),
				error("PART_SCORE_OUT_OF_RANGE", "score_b", (r) -> {
					r.put("score_b", "26");
					r.put("total_score", "81.5");
				}), error("TOTAL_MISMATCH", "total_score", (r) -> r.put("total_score", "80")),
				error("STAR_BAND_MISMATCH", "stars", (r) -> r.put("stars", "5")),
				error("NOT_CERTIFIABLE", "stars", (r) -> setScores(r, "20", "15", "10", "45", "2")),
				error("LEVEL_MAY_NOT_CERTIFY", "issuing_level", (r) -> r.put("issuing_level", "Huyện")),
				error("DISTRICT_AFTER_REFORM", "issuing_level", (r) -> {
					r.put("decision_date", "15/08/2025");
					r.put("issuing_level", "Huyện");
					setScores(r, "25", "15", "20", "60", "3");
				}), error("DECISION_IN_FUTURE", "decision_date", (r) -> r.put("decision_date", tomorrow)),
				error("BAD_GTIN", "gtin", (r) -> r.put("gtin", "8934588012229")));
	}

	private static Arguments error(String code, String field, Consumer<Map<String, String>> change) {
		return Arguments.of(code, field, change);
	}

	private static void setScores(Map<String, String> row, String a, String b, String c, String total, String stars) {
		row.put("score_a", a);
		row.put("score_b", b);
		row.put("score_c", c);
		row.put("total_score", total);
		row.put("stars", stars);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errors")
	void everyErrorCodeIsReportedOnItsRowWithAMessage(String code, String field, Consumer<Map<String, String>> change) {
		byte[] csv = file().row().row(change).csv();
		api().dryRun(csv, code + ".csv")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.counts.ERROR")
			.isEqualTo(1)
			.jsonPath("$.rows[0].outcome")
			.isEqualTo("NEW")
			.jsonPath("$.rows[1].row")
			.isEqualTo(3)
			.jsonPath("$.rows[1].outcome")
			.isEqualTo("ERROR")
			.jsonPath("$.rows[1].errors[?(@.code == '" + code + "')].field")
			.isEqualTo(field)
			.jsonPath("$.rows[1].errors[*].message")
			.value(hasItem(not(emptyOrNullString())));
	}

	@Test
	void anUnknownProvinceNamesTheClosestMatches() {
		api().dryRun(file().row((r) -> r.put("province", "Dong Thap Muoi")).csv(), "province.csv")
			.expectBody()
			.jsonPath("$.rows[0].errors[0].code")
			.isEqualTo("UNKNOWN_PROVINCE")
			.jsonPath("$.rows[0].errors[0].message")
			.value(containsString("Đồng Tháp"));
	}

	@Test
	void theSameDecisionOfTheSameProductTwiceInOneFileIsADuplicate() {
		api().dryRun(
				file().row((r) -> r.put("product_name", "Mắm tép")).row((r) -> r.put("product_name", "MẮM TÉP")).csv(),
				"dup.csv")
			.expectBody()
			.jsonPath("$.rows[1].errors[0].code")
			.isEqualTo("DUPLICATE_IN_FILE")
			.jsonPath("$.rows[1].errors[0].message")
			.value(containsString("2"));
	}

	@Test
	void severalErrorsOnOneRowAreAllReported() {
		api().dryRun(file().row((r) -> {
			r.put("decision_date", "hôm qua");
			r.put("gtin", "123");
			r.put("province", "");
		}).csv(), "many.csv")
			.expectBody()
			.jsonPath("$.rows[0].errors[*].code")
			.value((List<String> codes) -> assertThat(codes).containsExactlyInAnyOrder("BAD_DATE", "BAD_GTIN",
					"MISSING_FIELD"));
	}

	@Test
	void csvAndXlsxOfTheSameRowsGiveIdenticalReports() {
		CertificationFileBuilder rows = file().row((r) -> r.put("gtin", "8934588012228"))
			.row((r) -> r.put("total_score", "80"))
			.row((r) -> {
				r.put("decision_date", "2023-06-01");
				r.put("province", "Thừa Thiên Huế");
			})
			.row((r) -> r.put("stars", "5"));
		String csv = rowsOf(api().dryRun(rows.csv(), "same.csv"));
		String xlsx = rowsOf(api().dryRun(rows.xlsx(), "same.xlsx"));
		assertThat(xlsx).isEqualTo(csv).contains("TOTAL_MISMATCH").contains("STAR_BAND_MISMATCH");
	}

	private String rowsOf(WebTestClient.ResponseSpec response) {
		String body = response.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		return body.substring(body.indexOf("\"rows\""));
	}

	@Test
	void vietnameseHeadersSemicolonsAndAByteOrderMarkAreRead() {
		byte[] csv = file().vietnameseHeaders().row((r) -> r.put("total_score", "75,5")).csv(';', true);
		api().dryRun(csv, "tieng-viet.csv")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.counts.NEW")
			.isEqualTo(1)
			.jsonPath("$.rows[0].errors")
			.isEmpty();
	}

	@Test
	void anUnreadableFileIsABadRequestThatSaysWhy() {
		api().dryRun("name;price\nx;1\n".getBytes(), "wrong.csv")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("UNREADABLE_FILE")
			.jsonPath("$.message")
			.value(containsString("decision_no"));
		api().dryRun(new byte[] { (byte) 0xC3, 0x28, ',', 'x' }, "latin.csv")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message")
			.value(containsString("UTF-8"));
		api().dryRun(new byte[] { 'P', 'K', 3, 4, 0, 0 }, "broken.xlsx").expectStatus().isBadRequest();
	}

	@Test
	void aFileOverTenMegabytesIsRefusedAsTooLarge() {
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		Arrays.fill(large, (byte) 'a');
		api().dryRun(large, "large.csv")
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("FILE_TOO_LARGE");
	}

	@Test
	void theApiNeedsAnAdminAccount() {
		this.client.post().uri("/api/imports").exchange().expectStatus().isUnauthorized();
		this.client.post()
			.uri("/api/imports")
			.headers((h) -> h.setBasicAuth(IntegrationTest.ADMIN_EMAIL, "wrong"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> row.get(0, Long.class)).one().block();
	}

}
