package vn.ocop.market.admin.imports;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.admin.imports.CertificationFileBuilder.file;

@IntegrationTest
class ImportApplyIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	ImportApi api() {
		return new ImportApi(this.client);
	}

	@Test
	void applyingWritesProducersProductsCertificatesAndOutboxRowsInOneGo() {
		byte[] csv = file().row((r) -> name(r, "Nước mắm Cửa Khe", "Hợp tác xã Cửa Khe"))
			.row((r) -> name(r, "Mắm tép Cửa Khe", "Hợp tác xã Cửa Khe"))
			.csv();
		api().apply(csv, "new.csv")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.applied")
			.isEqualTo(true)
			.jsonPath("$.counts.NEW")
			.isEqualTo(2);
		assertThat(count("SELECT count(*) FROM producer WHERE name = 'Hợp tác xã Cửa Khe'")).isEqualTo(1);
		assertThat(strings("""
				SELECT p.slug || ' ' || c.status || ' ' || c.stars || ' ' || c.valid_until || ' ' || c.rule_set
				FROM product p JOIN certification c ON c.product_id = p.id
				WHERE p.name IN ('Nước mắm Cửa Khe', 'Mắm tép Cửa Khe') ORDER BY p.slug""")).containsExactly(
				"mam-tep-cua-khe ACTIVE 4 2027-03-14 148/2023", "nuoc-mam-cua-khe ACTIVE 4 2027-03-14 148/2023");
		assertThat(strings("""
				SELECT p.slug || ' ' || o.reason FROM catalog_outbox o JOIN product p ON p.id = o.product_id
				WHERE p.name IN ('Nước mắm Cửa Khe', 'Mắm tép Cửa Khe') ORDER BY p.slug, o.id"""))
			.containsExactly("mam-tep-cua-khe product insert", "nuoc-mam-cua-khe product insert");
	}

	@Test
	void allOrNothingRefusesAFileWithOneBadRowAndWritesNothing() {
		byte[] csv = file().row((r) -> name(r, "Trà atiso Đà Lạt", "Công ty TNHH Atiso")).row((r) -> {
			name(r, "Rượu cần Lắk", "HTX Lắk");
			r.put("stars", "5");
		}).csv();
		api().apply(csv, "refused.csv")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.applied")
			.isEqualTo(false)
			.jsonPath("$.status")
			.isEqualTo("REFUSED")
			.jsonPath("$.rows[1].errors[0].code")
			.isEqualTo("STAR_BAND_MISMATCH");
		assertThat(count("SELECT count(*) FROM product WHERE name IN ('Trà atiso Đà Lạt', 'Rượu cần Lắk')")).isZero();
		assertThat(count("SELECT count(*) FROM producer WHERE name = 'Công ty TNHH Atiso'")).isZero();
	}

	@Test
	void skipErrorsAppliesTheValidRowsAndRecordsTheOthers() {
		byte[] csv = file().row((r) -> name(r, "Kẹo dừa Bến Tre", "Cơ sở Kẹo dừa Thanh Long")).row((r) -> {
			name(r, "Bánh tráng Mỹ Lồng", "Cơ sở Bánh tráng");
			r.put("gtin", "1234");
		}).csv();
		api().applyValidRows(csv, "partial.csv")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.applied")
			.isEqualTo(true)
			.jsonPath("$.counts.NEW")
			.isEqualTo(1)
			.jsonPath("$.counts.ERROR")
			.isEqualTo(1);
		assertThat(count("SELECT count(*) FROM product WHERE name = 'Kẹo dừa Bến Tre'")).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM product WHERE name = 'Bánh tráng Mỹ Lồng'")).isZero();
	}

	@Test
	void aFailureMidApplyLeavesNothingHalfWritten() {
		this.db.sql("""
				CREATE FUNCTION fail_on_marker() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    IF NEW.decision_no = '13/QĐ-FAIL' THEN RAISE EXCEPTION 'injected failure'; END IF;
				    RETURN NEW;
				END $$""").then().block();
		this.db.sql("""
				CREATE TRIGGER fail_on_marker BEFORE INSERT ON certification
				FOR EACH ROW EXECUTE FUNCTION fail_on_marker()""").then().block();
		try {
			byte[] csv = file().row((r) -> name(r, "Mật ong bạc hà", "HTX Ong Mèo Vạc"))
				.row((r) -> name(r, "Chè Shan tuyết", "HTX Chè Shan"))
				.row((r) -> {
					name(r, "Gạo ST25", "HTX Gạo Sóc Trăng");
					r.put("decision_no", "13/QĐ-FAIL");
				})
				.csv();
			api().apply(csv, "fails.csv").expectStatus().is5xxServerError();
			assertThat(count("""
					SELECT count(*) FROM product
					WHERE name IN ('Mật ong bạc hà', 'Chè Shan tuyết', 'Gạo ST25')""")).isZero();
			assertThat(count("SELECT count(*) FROM producer WHERE name LIKE 'HTX Ong%' OR name LIKE 'HTX Chè%'"))
				.isZero();
			assertThat(count("SELECT count(*) FROM certification_import WHERE file_name = 'fails.csv'")).isZero();
		}
		finally {
			this.db.sql("DROP TRIGGER fail_on_marker ON certification").then().block();
		}
	}

	@Test
	void theSameFileTwiceIsDetectedAndNotAppliedAgain() {
		byte[] csv = file().row((r) -> name(r, "Miến dong Bình Liêu", "HTX Miến dong")).csv();
		long first = api().apply(csv, "twice.csv")
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("importId") instanceof Number n ? n.longValue() : -1;
		api().dryRun(csv, "twice-again.csv").expectBody().jsonPath("$.duplicateOf").isEqualTo((int) first);
		api().apply(csv, "twice-again.csv")
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("DUPLICATE_FILE")
			.jsonPath("$.duplicateOf")
			.isEqualTo((int) first);
		assertThat(count("SELECT count(*) FROM certification c JOIN product p ON p.id = c.product_id "
				+ "WHERE p.name = 'Miến dong Bình Liêu'"))
			.isEqualTo(1);
	}

	@Test
	void newerDecisionsUpgradeRenewAndDowngradeWhileKeepingHistory() {
		apply((r) -> decision(r, "Nem chua Thanh Hóa", "100/QĐ-UBND", "10/01/2024", "3", "25", "15", "20", "60"));
		expectOutcome(
				(r) -> decision(r, "Nem chua Thanh Hóa", "200/QĐ-UBND", "10/02/2024", "4", "30", "20", "25", "75"),
				"UPGRADE");
		expectOutcome(
				(r) -> decision(r, "Nem chua Thanh Hóa", "300/QĐ-UBND", "10/03/2024", "4", "30", "20", "26", "76"),
				"RENEWAL");
		expectOutcome((r) -> {
			decision(r, "Nem chua Thanh Hóa", "400/QĐ-UBND", "10/04/2024", "3", "25", "15", "20", "60");
		}, "DOWNGRADE");
		expectOutcome((r) -> {
			decision(r, "Nem chua Thanh Hóa", "400/QĐ-UBND", "10/04/2024", "3", "25", "15", "20", "60");
			r.put("price_vnd", "70000");
		}, "UNCHANGED");
		assertThat(strings("""
				SELECT c.decision_no || ' ' || c.status FROM certification c JOIN product p ON p.id = c.product_id
				WHERE p.name = 'Nem chua Thanh Hóa' ORDER BY c.decision_date""")).containsExactly(
				"100/QĐ-UBND SUPERSEDED", "200/QĐ-UBND SUPERSEDED", "300/QĐ-UBND SUPERSEDED", "400/QĐ-UBND ACTIVE");
	}

	@Test
	void olderDecisionNeverOverwritesNewerCertification() {
		apply((r) -> decision(r, "Cà phê rang xay Buôn Ma Thuột", "500/QĐ-UBND", "20/05/2024", "4", "30", "20", "25",
				"75"));
		expectOutcome((r) -> {
			decision(r, "Cà phê rang xay Buôn Ma Thuột", "50/QĐ-UBND", "20/05/2021", "3", "20", "15", "20", "55");
			r.put("price_vnd", "1");
		}, "STALE");
		assertThat(strings("""
				SELECT c.decision_no || ' ' || c.status || ' ' || p.price_vnd FROM certification c
				JOIN product p ON p.id = c.product_id
				WHERE p.name = 'Cà phê rang xay Buôn Ma Thuột' ORDER BY c.decision_date"""))
			.containsExactly("50/QĐ-UBND SUPERSEDED 65000", "500/QĐ-UBND ACTIVE 65000");
	}

	@Test
	void formerProvinceNamesMapToTheCurrentProvinceAndKeepTheTextAsIssued() {
		apply((r) -> {
			name(r, "Bánh đậu xanh Hải Dương", "Công ty Rồng Vàng");
			r.put("province", "Tỉnh Hải Dương");
		});
		assertThat(strings("""
				SELECT r.province_code || ' ' || c.province_as_issued FROM product p
				JOIN producer r ON r.id = p.producer_id JOIN certification c ON c.product_id = p.id
				WHERE p.name = 'Bánh đậu xanh Hải Dương'""")).containsExactly("31 Tỉnh Hải Dương");
	}

	@Test
	void aCertificatePastItsThirtySixMonthsIsStoredExpired() {
		apply((r) -> decision(r, "Chiếu cói Nga Sơn", "7/QĐ-UBND", "10/01/2021", "4", "27", "20", "28", "75"));
		assertThat(strings("""
				SELECT c.status || ' ' || c.valid_until || ' ' || c.rule_set FROM certification c
				JOIN product p ON p.id = c.product_id WHERE p.name = 'Chiếu cói Nga Sơn'"""))
			.containsExactly("EXPIRED 2024-01-09 1048/2019");
	}

	@Test
	void aGtinIdentifiesAProductAcrossRenamedRows() {
		apply((r) -> {
			name(r, "Xoài sấy dẻo", "HTX Xoài Cao Lãnh");
			r.put("gtin", "8934588012228");
		});
		expectOutcome((r) -> {
			decision(r, "Xoài sấy dẻo Cao Lãnh (mới)", "900/QĐ-UBND", "01/06/2024", "4", "30", "20", "26", "76");
			r.put("gtin", "08934588012228");
		}, "RENEWAL");
	}

	@Test
	void aNameAlreadyTakenGetsTheProvinceThenANumberInItsSlug() {
		apply((r) -> name(r, "Mật ong hoa nhãn", "Cơ sở Mật ong Lai Vung"));
		byte[] csv = file().row((r) -> name(r, "Mật ong hoa nhãn", "Cơ sở Mật ong Tân Phước"))
			.row((r) -> name(r, "Mật ong hoa nhãn", "Cơ sở Mật ong Sa Đéc"))
			.csv();
		api().apply(csv, "same-name.csv").expectStatus().isOk();
		assertThat(strings("SELECT slug FROM product WHERE name = 'Mật ong hoa nhãn' ORDER BY id"))
			.containsExactly("mat-ong-hoa-nhan", "mat-ong-hoa-nhan-dong-thap", "mat-ong-hoa-nhan-dong-thap-2");
	}

	@Test
	void theDemoLoaderAppliesAFileOnceAndLeavesItAloneOnTheNextStart(@Autowired ImportService imports) {
		byte[] csv = file().row((r) -> name(r, "Tinh dầu quế Trà My", "HTX Quế Trà My")).csv();
		ImportResult first = imports.loadOnce("demo.csv", csv, "demo").block();
		assertThat(first.record().status()).isEqualTo(ImportRecord.Status.APPLIED);
		assertThat(first.record().count(Outcome.NEW)).isEqualTo(1);
		assertThat(imports.loadOnce("demo.csv", csv, "demo").blockOptional()).isEmpty();
		assertThat(count("SELECT count(*) FROM certification_import WHERE file_name = 'demo.csv'")).isEqualTo(1);
	}

	private void apply(Consumer<Map<String, String>> row) {
		api().apply(file().row(row).csv(), "one.csv").expectStatus().isOk();
	}

	private void expectOutcome(Consumer<Map<String, String>> row, String outcome) {
		api().apply(file().row(row).csv(), "one.csv")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.rows[0].outcome")
			.isEqualTo(outcome);
	}

	private static void name(Map<String, String> row, String product, String producer) {
		row.put("product_name", product);
		row.put("producer_name", producer);
	}

	private static void decision(Map<String, String> row, String product, String number, String date, String stars,
			String a, String b, String c, String total) {
		row.put("product_name", product);
		row.put("producer_name", "Cơ sở " + product);
		row.put("decision_no", number);
		row.put("decision_date", date);
		row.put("stars", stars);
		// under rule set 148/2023 the district certifies 3 stars, the province 4
		row.put("issuing_level", ("3".equals(stars) && date.endsWith("2024")) ? "Huyện" : "Tỉnh");
		row.put("score_a", a);
		row.put("score_b", b);
		row.put("score_c", c);
		row.put("total_score", total);
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> row.get(0, Long.class)).one().block();
	}

	private List<String> strings(String sql) {
		return this.db.sql(sql).map((row, meta) -> row.get(0, String.class)).all().collectList().block();
	}

}
