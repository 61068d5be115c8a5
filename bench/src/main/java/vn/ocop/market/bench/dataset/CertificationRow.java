package vn.ocop.market.bench.dataset;

import java.util.List;

/**
 * One line of a certification file, every field as written (dates, decimals and names in
 * the forms decisions use). Empty strings stand for empty fields.
 */
public record CertificationRow(String decisionNo, String decisionDate, String issuingLevel, String issuingAuthority,
		String productName, String productGroup, String producerName, String producerKind, String province,
		String district, String commune, String scoreA, String scoreB, String scoreC, String totalScore, String stars,
		String gtin, String priceVnd) {

	/** The header line's fields, in the order of {@link #fields()}. */
	public static final List<String> HEADER = List.of("decision_no", "decision_date", "issuing_level",
			"issuing_authority", "product_name", "product_group", "producer_name", "producer_kind", "province",
			"district", "commune", "score_a", "score_b", "score_c", "total_score", "stars", "gtin", "price_vnd");

	public List<String> fields() {
		return List.of(this.decisionNo, this.decisionDate, this.issuingLevel, this.issuingAuthority, this.productName,
				this.productGroup, this.producerName, this.producerKind, this.province, this.district, this.commune,
				this.scoreA, this.scoreB, this.scoreC, this.totalScore, this.stars, this.gtin, this.priceVnd);
	}

}
