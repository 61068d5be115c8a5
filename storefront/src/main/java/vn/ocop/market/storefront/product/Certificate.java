package vn.ocop.market.storefront.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import vn.ocop.market.scoring.IssuingLevel;
import vn.ocop.market.scoring.Part;
import vn.ocop.market.scoring.RuleSet;
import vn.ocop.market.scoring.RuleSets;

/**
 * One OCOP certification decision of a product.
 *
 * @param status as stored: ACTIVE, EXPIRED, SUPERSEDED or REVOKED
 * @param scoreA part A, {@code null} when the decision gave the total only
 */
record Certificate(String decisionNo, LocalDate decisionDate, IssuingLevel level, String authority,
		String provinceAsIssued, String ruleSetId, BigDecimal scoreA, BigDecimal scoreB, BigDecimal scoreC,
		BigDecimal total, int stars, LocalDate validFrom, LocalDate validUntil, String status) {

	/**
	 * Where a certificate stands on a day. An ACTIVE certificate past its validity counts
	 * as expired even before the daily job marks it.
	 */
	enum Standing {

		CERTIFIED, EXPIRED, REVOKED, SUPERSEDED

	}

	/**
	 * One part score with its maximum under the certificate's rule set.
	 */
	record Score(Part part, BigDecimal value) {

		/**
		 * The share of the part's maximum, for a bar.
		 */
		public int percent() {
			return this.value.multiply(BigDecimal.valueOf(100))
				.divide(this.part.max(), 0, RoundingMode.HALF_UP)
				.intValue();
		}

	}

	public Standing standing(LocalDate today) {
		return switch (this.status) {
			case "ACTIVE" -> this.validUntil.isBefore(today) ? Standing.EXPIRED : Standing.CERTIFIED;
			case "EXPIRED" -> Standing.EXPIRED;
			case "REVOKED" -> Standing.REVOKED;
			default -> Standing.SUPERSEDED;
		};
	}

	public Optional<RuleSet> ruleSet() {
		return RuleSets.all().stream().filter((ruleSet) -> ruleSet.id().equals(this.ruleSetId)).findFirst();
	}

	/**
	 * The A/B/C scores with their maxima, empty when the decision gave only a total.
	 */
	public List<Score> scores() {
		if (this.scoreA == null || ruleSet().isEmpty()) {
			return List.of();
		}
		List<Part> parts = ruleSet().get().parts();
		List<BigDecimal> values = Stream.of(this.scoreA, this.scoreB, this.scoreC).toList();
		return parts.stream().map((part) -> new Score(part, values.get(part.letter() - 'A'))).toList();
	}

	/**
	 * The current certificate is the newest decision that is not superseded.
	 */
	static Optional<Certificate> current(List<Certificate> newestFirst) {
		return newestFirst.stream().filter((c) -> !"SUPERSEDED".equals(c.status())).findFirst();
	}

}
