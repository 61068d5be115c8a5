package vn.ocop.market.catalog.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ocop.market.catalog.province.FormerProvince;
import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.testsupport.OcopServices;
import vn.ocop.market.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The migrations on a real PostgreSQL: the province registry is seeded from its CSVs, and
 * the invariants the database can hold are declared.
 */
@OcopServices
class MigrationsIntegrationTests {

	@Test
	void seedsThe34ProvincesAndThe63FormerOnesFromTheRegistry(TestDatabase db) throws SQLException {
		ProvinceRegistry registry = ProvinceRegistry.standard();
		assertThat(strings(db, "SELECT code || ' ' || slug || ' ' || name_vi FROM province ORDER BY code")).hasSize(34)
			.containsExactlyElementsOf(registry.provinces()
				.stream()
				.sorted(Comparator.comparing(Province::code))
				.map((p) -> p.code() + " " + p.slug() + " " + p.nameVi())
				.toList());
		assertThat(strings(db, "SELECT code || ' ' || province_code FROM former_province ORDER BY code")).hasSize(63)
			.containsExactlyElementsOf(registry.formerProvinces()
				.stream()
				.sorted(Comparator.comparing(FormerProvince::code))
				.map((p) -> p.code() + " " + p.provinceCode())
				.toList());
		assertThat(strings(db,
				"""
						SELECT f.name_vi || ' -> ' || p.name_vi FROM former_province f JOIN province p ON p.code = f.province_code
						WHERE f.name_vi IN ('Hải Dương', 'Thừa Thiên Huế', 'Bình Dương') ORDER BY f.code"""))
			.containsExactly("Hải Dương -> Hải Phòng", "Thừa Thiên Huế -> Huế", "Bình Dương -> Thành phố Hồ Chí Minh");
	}

	@Test
	void stockCannotGoBelowWhatIsReserved(TestDatabase db) throws SQLException {
		execute(db, """
				INSERT INTO producer (name, name_folded, province_code) VALUES ('HTX Stock', 'htx stock', '01');
				INSERT INTO product (slug, name, name_folded, product_group, producer_id)
				SELECT 'stock-test', 'Stock test', 'stock test', 'FOOD', id FROM producer WHERE name = 'HTX Stock';
				INSERT INTO stock_location (kind, name, province_code) VALUES ('SHOWROOM', 'Điểm bán Hà Nội', '01');
				INSERT INTO stock_level (location_id, product_id, on_hand, reserved)
				SELECT l.id, p.id, 5, 5 FROM stock_location l, product p WHERE p.slug = 'stock-test'""");
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> execute(db, "UPDATE stock_level SET reserved = reserved + 1"))
			.withMessageContaining("stock_level_check");
	}

	@Test
	void aProductHasAtMostOneCurrentCertificate(TestDatabase db) throws SQLException {
		execute(db, """
				INSERT INTO producer (name, name_folded, province_code) VALUES ('HTX Cert', 'htx cert', '82');
				INSERT INTO product (slug, name, name_folded, product_group, producer_id)
				SELECT 'cert-test', 'Cert test', 'cert test', 'FOOD', id FROM producer WHERE name = 'HTX Cert';
				INSERT INTO certification (product_id, decision_no, decision_date, issuing_level, province_as_issued,
				    rule_set, total_score, stars, valid_from, valid_until, status)
				SELECT id, '1/QĐ', DATE '2024-01-01', 'PROVINCE', 'Đồng Tháp', '148/2023', 75, 4, DATE '2024-01-01',
				       DATE '2026-12-31', 'ACTIVE' FROM product WHERE slug = 'cert-test'""");
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> execute(db, """
				INSERT INTO certification (product_id, decision_no, decision_date, issuing_level, province_as_issued,
				    rule_set, total_score, stars, valid_from, valid_until, status)
				SELECT id, '2/QĐ', DATE '2024-06-01', 'PROVINCE', 'Đồng Tháp', '148/2023', 80, 4, DATE '2024-06-01',
				       DATE '2027-05-31', 'ACTIVE' FROM product WHERE slug = 'cert-test'"""))
			.withMessageContaining("certification_current_once");
	}

	@Test
	void plainSqlChangesReachTheOutboxThroughTriggers(TestDatabase db) throws SQLException {
		execute(db, """
				INSERT INTO producer (name, name_folded, province_code) VALUES ('HTX Outbox', 'htx outbox', '79');
				INSERT INTO product (slug, name, name_folded, product_group, producer_id)
				SELECT 'outbox-test', 'Outbox test', 'outbox test', 'FOOD', id FROM producer WHERE name = 'HTX Outbox';
				UPDATE producer SET story_md = 'Câu chuyện' WHERE name = 'HTX Outbox'""");
		assertThat(strings(db, """
				SELECT o.reason FROM catalog_outbox o JOIN product p ON p.id = o.product_id
				WHERE p.slug = 'outbox-test' ORDER BY o.id""")).containsExactly("product insert", "producer update");
	}

	/**
	 * Each {@code execute} is one transaction. In the first, the certificates add nothing
	 * to the products it queued; in the second, their change is queued again although the
	 * first transaction's rows are still pending, since the indexer may read a product
	 * before a later transaction commits.
	 */
	@Test
	void aStatementOfManyRowsWritesOneOutboxRowPerChangedProductAndTransaction(TestDatabase db) throws SQLException {
		execute(db, """
				INSERT INTO producer (name, name_folded, province_code) VALUES ('HTX Many', 'htx many', '79');
				INSERT INTO product (slug, name, name_folded, product_group, producer_id)
				SELECT 'many-' || n, 'Many ' || n, 'many ' || n, 'FOOD', r.id
				FROM generate_series(1, 3) n, producer r WHERE r.name = 'HTX Many';
				INSERT INTO certification (product_id, decision_no, decision_date, issuing_level, province_as_issued,
				    rule_set, total_score, stars, valid_from, valid_until, status)
				SELECT id, '1/QĐ', DATE '2024-01-01', 'PROVINCE', 'Hồ Chí Minh', '148/2023', 75, 4, DATE '2024-01-01',
				       DATE '2026-12-31', 'ACTIVE' FROM product WHERE slug LIKE 'many-%'""");
		String deleted = strings(db, "SELECT id FROM product WHERE slug = 'many-3'").get(0);
		execute(db, """
				UPDATE certification SET status = 'REVOKED'
				WHERE product_id IN (SELECT id FROM product WHERE slug IN ('many-1', 'many-2'));
				UPDATE product SET price_vnd = 50000 WHERE slug = 'many-3';
				UPDATE product SET price_vnd = 0 WHERE slug = 'none-such';
				DELETE FROM certification WHERE product_id = (SELECT id FROM product WHERE slug = 'many-3');
				DELETE FROM product WHERE slug = 'many-3'""");
		assertThat(strings(db, """
				SELECT p.slug || ' ' || o.reason FROM catalog_outbox o JOIN product p ON p.id = o.product_id
				WHERE p.slug LIKE 'many-%' ORDER BY p.slug, o.id""")).containsExactly("many-1 product insert",
				"many-1 certification update", "many-2 product insert", "many-2 certification update");
		assertThat(strings(db, "SELECT reason FROM catalog_outbox WHERE product_id = " + deleted + " ORDER BY id"))
			.containsExactly("product insert", "product update", "product delete");
	}

	private static void execute(TestDatabase db, String sql) throws SQLException {
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static List<String> strings(TestDatabase db, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = db.connect();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				values.add(result.getString(1));
			}
		}
		return values;
	}

}
