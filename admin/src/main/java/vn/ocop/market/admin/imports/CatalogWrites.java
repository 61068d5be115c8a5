package vn.ocop.market.admin.imports;

import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a planned file set-based: its rows are copied into the transaction's staging
 * table, and each catalog table takes them from there in one statement, whatever the
 * number of rows.
 */
@Repository
class CatalogWrites {

	private static final String INSERT_PRODUCERS = """
			INSERT INTO producer (name, name_folded, kind, province_code, district, commune)
			SELECT DISTINCT ON (province_code, producer_folded)
			       producer_name, producer_folded, producer_kind, province_code, district, commune
			FROM import_row WHERE creates ORDER BY province_code, producer_folded, line
			ON CONFLICT (province_code, name_folded) DO NOTHING
			""";

	/** The new products, whose ids the file's later rows then carry. */
	private static final String INSERT_PRODUCTS = """
			WITH created AS (
			    INSERT INTO product (slug, name, name_folded, product_group, producer_id, price_vnd, gtin)
			    SELECT s.slug, s.product_name, s.product_folded, s.product_group, r.id, s.price_vnd, s.gtin
			    FROM import_row s JOIN producer r ON r.province_code = s.province_code AND r.name_folded = s.producer_folded
			    WHERE s.creates ORDER BY s.line
			    RETURNING id, slug)
			UPDATE import_row s SET product_id = created.id FROM created WHERE s.slug = created.slug
			""";

	/** The product's current decision may bring a price or a GTIN; an older one never. */
	private static final String UPDATE_PRODUCTS = """
			UPDATE product p SET price_vnd = COALESCE(s.price_vnd, p.price_vnd), gtin = COALESCE(p.gtin, s.gtin),
			       product_group = s.product_group, updated_at = now()
			FROM import_row s
			WHERE s.is_current AND p.id = s.product_id
			  AND (p.price_vnd IS DISTINCT FROM COALESCE(s.price_vnd, p.price_vnd)
			       OR p.gtin IS DISTINCT FROM COALESCE(p.gtin, s.gtin) OR p.product_group <> s.product_group)
			""";

	/**
	 * A product the catalog had (no slug from the file) gives way to its new decision.
	 */
	private static final String SUPERSEDE = """
			UPDATE certification c SET status = 'SUPERSEDED'
			FROM import_row s
			WHERE s.is_current AND s.slug IS NULL AND c.product_id = s.product_id
			  AND c.status IN ('ACTIVE', 'EXPIRED')
			""";

	private static final String INSERT_CERTIFICATES = """
			INSERT INTO certification (product_id, decision_no, decision_date, issuing_level, issuing_authority,
			    province_as_issued, district, commune, rule_set, score_a, score_b, score_c, total_score, stars,
			    valid_from, valid_until, status, import_id)
			SELECT product_id, decision_no, decision_date, issuing_level, issuing_authority, province_as_issued,
			    district, commune, rule_set, score_a, score_b, score_c, total_score, stars, decision_date,
			    valid_until, status, :importId
			FROM import_row ORDER BY line
			""";

	private final DatabaseClient db;

	private final NewSlugs slugs;

	private final Staging staging;

	CatalogWrites(DatabaseClient db, NewSlugs slugs, Staging staging) {
		this.db = db;
		this.slugs = slugs;
		this.staging = staging;
	}

	/**
	 * Writes every row whose outcome writes: producers and products first, then the
	 * certificates, superseding the ones they replace. Every decision of the file goes
	 * into its product's history; only the product's current one is in force.
	 */
	Mono<Void> write(List<PlannedRow> planned, long importId, LocalDate today) {
		List<PlannedRow> writes = planned.stream().filter((row) -> row.outcome().writes()).toList();
		if (writes.isEmpty()) {
			return Mono.empty();
		}
		List<Decision> fresh = writes.stream()
			.filter(PlannedRow::createsProduct)
			.map((row) -> row.row().decision())
			.toList();
		return this.slugs.pick(fresh)
			.map((slugs) -> writes.stream().map((row) -> StagedRow.of(row, slugs, today)).toList())
			.flatMap(this.staging::stage)
			.then(run(INSERT_PRODUCERS))
			.then(run(INSERT_PRODUCTS))
			.then(run(UPDATE_PRODUCTS))
			.then(run(SUPERSEDE))
			.then(this.db.sql(INSERT_CERTIFICATES).bind("importId", importId).then());
	}

	private Mono<Void> run(String sql) {
		return this.db.sql(sql).then();
	}

}
