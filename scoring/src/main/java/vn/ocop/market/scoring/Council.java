package vn.ocop.market.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a council result against the rule set of its decision date, the way an OCOP
 * office checks a decision before it enters the catalogue. Every broken rule is an error
 * and all are reported together, so one pass over a file gives a complete report.
 */
public final class Council {

	/**
	 * How far a total may stray from the sum of its parts: councils round averages of
	 * their members' scores to two decimals.
	 */
	static final BigDecimal TOTAL_TOLERANCE = new BigDecimal("0.05");

	private final CouncilResult result;

	private final RuleSet ruleSet;

	private final List<Violation> violations = new ArrayList<>();

	private Council(CouncilResult result) {
		this.result = result;
		this.ruleSet = RuleSets.forDecisionDate(result.decisionDate());
	}

	/**
	 * Judges one council result.
	 * @param result the result as the decision states it
	 * @param today the day of the check, since a decision cannot be dated later
	 * @return the verdict, listing every broken rule
	 */
	public static Verdict evaluate(CouncilResult result, LocalDate today) {
		Objects.requireNonNull(result, "result");
		Objects.requireNonNull(today, "today");
		return new Council(result).verdict(today);
	}

	private Verdict verdict(LocalDate today) {
		if (this.result.parts() != null) {
			checkParts(this.result.parts());
		}
		StarBand band = band(this.result.total());
		checkStars(band);
		checkLevel();
		checkDate(today);
		checkGroup();
		return new Verdict(this.ruleSet, band, this.violations, Certificates.validUntil(this.result.decisionDate()));
	}

	private void checkParts(PartScores parts) {
		for (Part part : this.ruleSet.parts()) {
			BigDecimal score = parts.score(part.letter());
			if (score.signum() < 0 || score.compareTo(part.max()) > 0) {
				add(RuleCode.PART_SCORE_OUT_OF_RANGE, part.field(), String.valueOf(part.letter()), score, part.max());
			}
		}
		BigDecimal sum = parts.sum();
		if (sum.subtract(this.result.total()).abs().compareTo(TOTAL_TOLERANCE) > 0) {
			add(RuleCode.TOTAL_MISMATCH, "total_score", this.result.total(), sum, TOTAL_TOLERANCE);
		}
	}

	private StarBand band(BigDecimal total) {
		if (total.signum() < 0 || total.compareTo(StarBand.MAX_TOTAL) > 0) {
			add(RuleCode.PART_SCORE_OUT_OF_RANGE, "total_score", "total", total, StarBand.MAX_TOTAL);
			return null;
		}
		return StarBand.of(total);
	}

	// Without a band (total out of range) only the stars as given can be judged.
	private void checkStars(StarBand band) {
		int stars = this.result.stars();
		if (band != null && band.stars() != stars) {
			add(RuleCode.STAR_BAND_MISMATCH, "stars", stars, band.stars(), this.result.total());
		}
		int lowest = (band != null) ? Math.min(stars, band.stars()) : stars;
		if (lowest < StarBand.FEWEST_CERTIFIED_STARS) {
			add(RuleCode.NOT_CERTIFIABLE, "stars", lowest, StarBand.FEWEST_CERTIFIED_STARS);
		}
	}

	// Below 3 or above 5 stars no level certifies, and other checks already object.
	private void checkLevel() {
		IssuingLevel level = this.result.level();
		int stars = this.result.stars();
		if (level == IssuingLevel.DISTRICT && this.ruleSet.districtsAbolished()) {
			add(RuleCode.DISTRICT_AFTER_REFORM, "issuing_level", this.result.decisionDate(),
					this.ruleSet.effectiveFrom(), this.ruleSet.id());
		}
		else {
			this.ruleSet.certifyingLevel(stars)
				.filter((certifier) -> certifier != level)
				.ifPresent((certifier) -> add(RuleCode.LEVEL_MAY_NOT_CERTIFY, "issuing_level", level, stars,
						this.ruleSet.id(), certifier));
		}
	}

	private void checkDate(LocalDate today) {
		if (this.result.decisionDate().isAfter(today)) {
			add(RuleCode.DECISION_IN_FUTURE, "decision_date", this.result.decisionDate(), today);
		}
	}

	private void checkGroup() {
		if (!this.ruleSet.groups().contains(this.result.group())) {
			add(RuleCode.GROUP_NOT_IN_RULE_SET, "product_group", this.result.group(), this.ruleSet.id());
		}
	}

	private void add(RuleCode code, String field, Object... args) {
		this.violations.add(new Violation(code, field, List.of(args)));
	}

}
