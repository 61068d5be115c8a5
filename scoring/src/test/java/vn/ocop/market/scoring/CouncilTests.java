package vn.ocop.market.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ocop.market.scoring.CouncilResultBuilder.aResult;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CouncilTests {

	static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

	@ParameterizedTest
	@CsvSource(textBlock = """
			2021-05-10, PROVINCE, FOOD,        30, 20, 22.5, 72.5,  4, 1048/2019
			2020-01-02, CENTRAL,  TEXTILES,    35, 25, 30.5, 90.5,  5, 1048/2019
			2023-06-01, DISTRICT, BEVERAGES,   25, 15, 12,   52,    3, 148/2023
			2024-01-01, CENTRAL,  HERBAL,      38, 24, 30,   92,    5, 148/2023
			2025-08-01, PROVINCE, ORNAMENTAL,  36, 20, 14,   70,    4, 1489/2025
			2025-07-01, PROVINCE, TOURISM,       ,   ,     , 89.99, 4, 1489/2025
			2025-12-01, CENTRAL,  HANDICRAFTS, 40, 25, 35,  100,    5, 1489/2025
			""")
	void acceptsResultsThatBreakNoRule(LocalDate date, IssuingLevel level, ProductGroup group, BigDecimal a,
			BigDecimal b, BigDecimal c, BigDecimal total, int stars, String ruleSetId) {
		PartScores parts = (a != null) ? new PartScores(a, b, c) : null;
		CouncilResult result = new CouncilResult(date, level, group, parts, total, stars);
		Verdict verdict = Council.evaluate(result, TODAY);
		assertThat(verdict.violations()).isEmpty();
		assertThat(verdict.valid()).isTrue();
		assertThat(verdict.ruleSet().id()).isEqualTo(ruleSetId);
		assertThat(verdict.validUntil()).isEqualTo(Certificates.validUntil(date));
	}

	@Test
	void givesTheBandAndTheLastValidDay() {
		Verdict verdict = aResult().decidedOn(LocalDate.of(2024, 5, 20)).evaluatedOn(TODAY);
		assertThat(verdict.band().stars()).isEqualTo(4);
		assertThat(verdict.validUntil()).isEqualTo(LocalDate.of(2027, 5, 19));
	}

	@ParameterizedTest
	@EnumSource(RuleCode.class)
	void reportsEveryRuleCode(RuleCode code) {
		CouncilResultBuilder result = switch (code) {
			case PART_SCORE_OUT_OF_RANGE -> aResult().parts("41", "20", "11.5");
			case TOTAL_MISMATCH -> aResult().total("72.6");
			case STAR_BAND_MISMATCH -> aResult().stars(5).by(IssuingLevel.CENTRAL);
			case NOT_CERTIFIABLE -> aResult().onlyTotal("45", 2);
			case LEVEL_MAY_NOT_CERTIFY -> aResult().by(IssuingLevel.CENTRAL);
			case DISTRICT_AFTER_REFORM ->
				aResult().decidedOn(LocalDate.of(2025, 9, 1)).by(IssuingLevel.DISTRICT).onlyTotal("60", 3);
			case DECISION_IN_FUTURE -> aResult().decidedOn(TODAY.plusDays(1));
			case GROUP_NOT_IN_RULE_SET -> aResult().in(ProductGroup.TEXTILES);
		};
		Verdict verdict = result.evaluatedOn(TODAY);
		assertThat(verdict.violations()).extracting(Violation::code).containsExactly(code);
		assertThat(verdict.valid()).isFalse();
		assertThat(verdict.has(code)).isTrue();
	}

	@Test
	void collectsEveryViolationOfOneResult() {
		Verdict verdict = aResult().decidedOn(LocalDate.of(2022, 1, 10))
			.by(IssuingLevel.DISTRICT)
			.in(ProductGroup.ORNAMENTAL)
			.parts("38", "26", "20")
			.total("80")
			.stars(3)
			.evaluatedOn(LocalDate.of(2022, 1, 9));
		assertThat(verdict.violations()).extracting(Violation::code, Violation::field)
			.containsExactly(tuple(RuleCode.PART_SCORE_OUT_OF_RANGE, "score_a"),
					tuple(RuleCode.PART_SCORE_OUT_OF_RANGE, "score_b"), tuple(RuleCode.TOTAL_MISMATCH, "total_score"),
					tuple(RuleCode.STAR_BAND_MISMATCH, "stars"), tuple(RuleCode.LEVEL_MAY_NOT_CERTIFY, "issuing_level"),
					tuple(RuleCode.DECISION_IN_FUTURE, "decision_date"),
					tuple(RuleCode.GROUP_NOT_IN_RULE_SET, "product_group"));
	}

	@Test
	void rejectsMissingInput() {
		CouncilResult result = aResult().build();
		assertThatNullPointerException().isThrownBy(() -> Council.evaluate(null, TODAY));
		assertThatNullPointerException().isThrownBy(() -> Council.evaluate(result, null));
	}

}
