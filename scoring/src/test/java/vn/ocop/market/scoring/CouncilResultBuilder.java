package vn.ocop.market.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Builds council results that start valid (a 4★ food product certified by a province
 * under 148/2023) so each test changes only what it is about.
 */
final class CouncilResultBuilder {

	private LocalDate decisionDate = LocalDate.of(2024, 5, 20);

	private IssuingLevel level = IssuingLevel.PROVINCE;

	private ProductGroup group = ProductGroup.FOOD;

	private PartScores parts = new PartScores(new BigDecimal("32"), new BigDecimal("20"), new BigDecimal("20.5"));

	private BigDecimal total = new BigDecimal("72.5");

	private int stars = 4;

	private CouncilResultBuilder() {
	}

	static CouncilResultBuilder aResult() {
		return new CouncilResultBuilder();
	}

	CouncilResultBuilder decidedOn(LocalDate decisionDate) {
		this.decisionDate = decisionDate;
		return this;
	}

	CouncilResultBuilder by(IssuingLevel level) {
		this.level = level;
		return this;
	}

	CouncilResultBuilder in(ProductGroup group) {
		this.group = group;
		return this;
	}

	CouncilResultBuilder parts(String a, String b, String c) {
		this.parts = new PartScores(new BigDecimal(a), new BigDecimal(b), new BigDecimal(c));
		return this;
	}

	/**
	 * Keeps only the total, as many files do, so the parts cannot disagree with it.
	 * @param total the total
	 * @param stars the stars
	 * @return this builder
	 */
	CouncilResultBuilder onlyTotal(String total, int stars) {
		this.parts = null;
		return total(total).stars(stars);
	}

	CouncilResultBuilder total(String total) {
		this.total = new BigDecimal(total);
		return this;
	}

	CouncilResultBuilder stars(int stars) {
		this.stars = stars;
		return this;
	}

	CouncilResult build() {
		return new CouncilResult(this.decisionDate, this.level, this.group, this.parts, this.total, this.stars);
	}

	Verdict evaluatedOn(LocalDate today) {
		return Council.evaluate(build(), today);
	}

}
