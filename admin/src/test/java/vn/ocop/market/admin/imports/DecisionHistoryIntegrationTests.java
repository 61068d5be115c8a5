package vn.ocop.market.admin.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.admin.imports.CertificationFileBuilder.file;

/**
 * A file may hold several decisions for one product (a consolidated register): they are
 * applied in decision-date order, each against the state the earlier ones leave, and the
 * preview says exactly what the apply does. CSV and Excel alike.
 */
@IntegrationTest
class DecisionHistoryIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx" })
	void aProductsHistoryInOneFileIsAppliedInDecisionDateOrder(String format) {
		String product = "Trà shan tuyết Hà Giang " + format;
		CertificationFileBuilder file = file()
			.row((r) -> decision(r, product, "55/QĐ-BNN", "20/06/2024", "5", "Trung ương", "35", "25", "32"))
			.row((r) -> decision(r, product, "12/QĐ-UBND", "10/05/2021", "4", "Tỉnh", "30", "20", "25"));

		List<String> preview = outcomes(api().dryRun(bytes(file, format), "history." + format));
		assertThat(preview).containsExactly("UPGRADE", "NEW");
		assertThat(outcomes(api().apply(bytes(file, format), "history." + format))).isEqualTo(preview);
		assertThat(history(product)).containsExactly("12/QĐ-UBND 4 SUPERSEDED", "55/QĐ-BNN 5 ACTIVE");
		assertThat(count("SELECT count(*) FROM product WHERE name = '" + product + "'")).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx" })
	void eachRowIsJudgedAgainstWhatTheEarlierRowsLeave(String format) {
		String product = "Mật ong bạc hà Đồng Văn " + format;
		api()
			.apply(file().row((r) -> decision(r, product, "20/QĐ-UBND", "01/03/2022", "4", "Tỉnh", "30", "20", "25"))
				.csv(), "known.csv")
			.expectStatus()
			.isOk();
		CertificationFileBuilder file = file()
			.row((r) -> decision(r, product, "40/QĐ-UBND", "01/04/2024", "3", "Huyện", "25", "15", "20"))
			.row((r) -> decision(r, product, "10/QĐ-UBND", "01/03/2020", "3", "Tỉnh", "25", "15", "20"))
			.row((r) -> decision(r, product, "30/QĐ-UBND", "01/03/2023", "4", "Tỉnh", "30", "21", "25"))
			.row((r) -> decision(r, product, "20/QĐ-UBND", "01/03/2022", "4", "Tỉnh", "30", "20", "25"))
			.row((r) -> decision(r, product, "50/QĐ-UBND", "01/05/2024", "4", "Tỉnh", "30", "20", "26"));

		List<String> preview = outcomes(api().dryRun(bytes(file, format), "each." + format));
		assertThat(preview).containsExactly("DOWNGRADE", "STALE", "RENEWAL", "UNCHANGED", "UPGRADE");
		assertThat(outcomes(api().apply(bytes(file, format), "each." + format))).isEqualTo(preview);
		assertThat(history(product)).containsExactly("10/QĐ-UBND 3 SUPERSEDED", "20/QĐ-UBND 4 SUPERSEDED",
				"30/QĐ-UBND 4 SUPERSEDED", "40/QĐ-UBND 3 SUPERSEDED", "50/QĐ-UBND 4 ACTIVE");
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx" })
	void theSameDecisionTwiceIsADuplicateAndTheFirstStillApplies(String format) {
		String product = "Chè Thái Nguyên " + format;
		CertificationFileBuilder file = file()
			.row((r) -> decision(r, product, "70/QĐ-UBND", "01/02/2024", "4", "Tỉnh", "30", "20", "25"))
			.row((r) -> decision(r, product.toUpperCase(), "70/QĐ-UBND", "01/02/2024", "4", "Tỉnh", "30", "20", "25"));

		api().applyValidRows(bytes(file, format), "twice." + format)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.rows[0].outcome")
			.isEqualTo("NEW")
			.jsonPath("$.rows[1].errors[0].code")
			.isEqualTo("DUPLICATE_IN_FILE");
		assertThat(history(product)).containsExactly("70/QĐ-UBND 4 ACTIVE");
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx" })
	void twoDecisionsForOneProductOnOneDayAreBothRefused(String format) {
		String product = "Gạo ST25 Sóc Trăng " + format;
		CertificationFileBuilder file = file()
			.row((r) -> decision(r, product, "80/QĐ-UBND", "01/02/2024", "4", "Tỉnh", "30", "20", "25"))
			.row((r) -> decision(r, product, "81/QĐ-UBND", "01/02/2024", "4", "Tỉnh", "30", "20", "26"));

		api().applyValidRows(bytes(file, format), "same-day." + format)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.rows[0].errors[0].code")
			.isEqualTo("SAME_DAY_DECISIONS")
			.jsonPath("$.rows[0].errors[0].field")
			.isEqualTo("decision_date")
			.jsonPath("$.rows[1].errors[0].code")
			.isEqualTo("SAME_DAY_DECISIONS")
			.jsonPath("$.rows[1].errors[0].message")
			.value((String message) -> assertThat(message).contains("2", "80/QĐ-UBND"));
		assertThat(history(product)).isEmpty();
	}

	private ImportApi api() {
		return new ImportApi(this.client);
	}

	private static byte[] bytes(CertificationFileBuilder file, String format) {
		return "xlsx".equals(format) ? file.xlsx() : file.csv();
	}

	private static List<String> outcomes(WebTestClient.ResponseSpec response) {
		List<String> outcomes = new ArrayList<>();
		response.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.rows[*].outcome")
			.value((List<String> values) -> outcomes.addAll(values));
		return outcomes;
	}

	private static void decision(Map<String, String> row, String product, String number, String date, String stars,
			String level, String a, String b, String c) {
		row.put("product_name", product);
		row.put("producer_name", "HTX " + product);
		row.put("decision_no", number);
		row.put("decision_date", date);
		row.put("stars", stars);
		row.put("issuing_level", level);
		row.put("score_a", a);
		row.put("score_b", b);
		row.put("score_c", c);
		row.put("total_score", String.valueOf(Integer.parseInt(a) + Integer.parseInt(b) + Integer.parseInt(c)));
	}

	private List<String> history(String product) {
		return this.db.sql("""
				SELECT c.decision_no || ' ' || c.stars || ' ' || c.status FROM certification c
				JOIN product p ON p.id = c.product_id WHERE p.name = :name ORDER BY c.decision_date""")
			.bind("name", product)
			.map((row, meta) -> row.get(0, String.class))
			.all()
			.collectList()
			.block();
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> row.get(0, Long.class)).one().block();
	}

}
