package vn.ocop.market.admin.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One row an import writes, as the staging table holds it: the decision with what the
 * planner found out about its product.
 *
 * @param productId the catalog's product; for a product the file brings, filled in once
 * it is created
 * @param slug the slug of the product the file brings, null for the catalog's products
 * @param creates whether this row creates its product
 * @param isCurrent whether this row is its product's current decision
 */
record StagedRow(int line, Long productId, String slug, boolean creates, boolean isCurrent, String provinceCode,
		String producerName, String producerFolded, String producerKind, String district, String commune,
		String productName, String productFolded, String productGroup, Long priceVnd, String gtin, String decisionNo,
		LocalDate decisionDate, String issuingLevel, String issuingAuthority, String provinceAsIssued, String ruleSet,
		BigDecimal scoreA, BigDecimal scoreB, BigDecimal scoreC, BigDecimal totalScore, int stars, LocalDate validUntil,
		String status) {

	/** The staging table's columns: the components, in their order. */
	static final String COLUMNS = """
			line int, product_id bigint, slug text, creates boolean, is_current boolean, province_code char(2),
			producer_name text, producer_folded text, producer_kind text, district text, commune text,
			product_name text, product_folded text, product_group text, price_vnd bigint, gtin char(14),
			decision_no text, decision_date date, issuing_level text, issuing_authority text,
			province_as_issued text, rule_set text, score_a numeric, score_b numeric, score_c numeric,
			total_score numeric, stars smallint, valid_until date, status text""";

	static StagedRow of(PlannedRow row, Map<Decision.ProductKey, String> slugs, LocalDate today) {
		Decision d = row.row().decision();
		Decision.ProductKey key = d.productKey();
		String status = !row.current() ? "SUPERSEDED" : d.validUntil().isBefore(today) ? "EXPIRED" : "ACTIVE";
		boolean scored = d.parts() != null;
		return new StagedRow(row.row().line(), row.productId(),
				(row.productId() == null) ? slugs.get(row.newProduct()) : null, row.createsProduct(), row.current(),
				key.provinceCode(), d.producerName(), key.producerFolded(), d.producerKind(), d.district(), d.commune(),
				d.productName(), key.productFolded(), d.group().name(), d.priceVnd(),
				(d.gtin() != null) ? d.gtin().value() : null, d.decisionNo(), d.decisionDate(), d.level().name(),
				d.authority(), d.provinceAsIssued(), d.ruleSet(), scored ? d.parts().a() : null,
				scored ? d.parts().b() : null, scored ? d.parts().c() : null, d.total(), d.stars(), d.validUntil(),
				status);
	}

	/**
	 * The values in the order of {@link #COLUMNS}.
	 */
	List<Object> values() {
		return Arrays.asList(this.line, this.productId, this.slug, this.creates, this.isCurrent, this.provinceCode,
				this.producerName, this.producerFolded, this.producerKind, this.district, this.commune,
				this.productName, this.productFolded, this.productGroup, this.priceVnd, this.gtin, this.decisionNo,
				this.decisionDate, this.issuingLevel, this.issuingAuthority, this.provinceAsIssued, this.ruleSet,
				this.scoreA, this.scoreB, this.scoreC, this.totalScore, this.stars, this.validUntil, this.status);
	}

}
