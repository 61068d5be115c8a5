package vn.ocop.market.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.scoring.CouncilResultBuilder.aResult;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CouncilLevelTests {

	private static final LocalDate TODAY = CouncilTests.TODAY;

	@ParameterizedTest(name = "{0}: {1} certifies {2}★ -> {3}")
	@CsvSource(textBlock = """
			2021-03-01, DISTRICT, 3, LEVEL_MAY_NOT_CERTIFY
			2021-03-01, DISTRICT, 4, LEVEL_MAY_NOT_CERTIFY
			2021-03-01, DISTRICT, 5, LEVEL_MAY_NOT_CERTIFY
			2021-03-01, PROVINCE, 3, ''
			2021-03-01, PROVINCE, 4, ''
			2021-03-01, PROVINCE, 5, LEVEL_MAY_NOT_CERTIFY
			2021-03-01, CENTRAL,  3, LEVEL_MAY_NOT_CERTIFY
			2021-03-01, CENTRAL,  4, LEVEL_MAY_NOT_CERTIFY
			2021-03-01, CENTRAL,  5, ''
			2024-03-01, DISTRICT, 3, ''
			2024-03-01, DISTRICT, 4, LEVEL_MAY_NOT_CERTIFY
			2024-03-01, DISTRICT, 5, LEVEL_MAY_NOT_CERTIFY
			2024-03-01, PROVINCE, 3, LEVEL_MAY_NOT_CERTIFY
			2024-03-01, PROVINCE, 4, ''
			2024-03-01, PROVINCE, 5, LEVEL_MAY_NOT_CERTIFY
			2024-03-01, CENTRAL,  3, LEVEL_MAY_NOT_CERTIFY
			2024-03-01, CENTRAL,  4, LEVEL_MAY_NOT_CERTIFY
			2024-03-01, CENTRAL,  5, ''
			2025-09-01, DISTRICT, 3, DISTRICT_AFTER_REFORM
			2025-09-01, DISTRICT, 4, DISTRICT_AFTER_REFORM
			2025-09-01, DISTRICT, 5, DISTRICT_AFTER_REFORM
			2025-09-01, PROVINCE, 3, ''
			2025-09-01, PROVINCE, 4, ''
			2025-09-01, PROVINCE, 5, LEVEL_MAY_NOT_CERTIFY
			2025-09-01, CENTRAL,  3, LEVEL_MAY_NOT_CERTIFY
			2025-09-01, CENTRAL,  4, LEVEL_MAY_NOT_CERTIFY
			2025-09-01, CENTRAL,  5, ''
			""")
	void letsOnlyTheRightLevelCertifyEachStarUnderEachRuleSet(LocalDate date, IssuingLevel level, int stars,
			String code) {
		Verdict verdict = scored(stars).decidedOn(date).by(level).evaluatedOn(TODAY);
		assertThat(verdict.violations()).extracting(Violation::code)
			.containsExactlyElementsOf(code.isEmpty() ? List.of() : List.of(RuleCode.valueOf(code)));
	}

	@ParameterizedTest(name = "{0}: district certifies 3★ -> {1}")
	@CsvSource(textBlock = """
			2023-02-23, LEVEL_MAY_NOT_CERTIFY
			2023-02-24, ''
			2025-06-30, ''
			2025-07-01, DISTRICT_AFTER_REFORM
			""")
	void switchesWhoCertifiesOnTheDayANewRuleSetTakesEffect(LocalDate date, String code) {
		Verdict verdict = scored(3).decidedOn(date).by(IssuingLevel.DISTRICT).evaluatedOn(TODAY);
		assertThat(verdict.violations()).extracting(Violation::code)
			.containsExactlyElementsOf(code.isEmpty() ? List.of() : List.of(RuleCode.valueOf(code)));
	}

	@ParameterizedTest(name = "{0}★")
	@CsvSource({ "1, 20", "2, 40" })
	void leavesLevelsAloneBelowThreeStarsBeforeTheReform(int stars, String total) {
		Verdict verdict = aResult().onlyTotal(total, stars).by(IssuingLevel.CENTRAL).evaluatedOn(TODAY);
		assertThat(verdict.violations()).extracting(Violation::code).containsExactly(RuleCode.NOT_CERTIFIABLE);
	}

	@Test
	void reportsADistrictAfterTheReformWhateverItsStars() {
		Verdict verdict = aResult().decidedOn(LocalDate.of(2025, 8, 4))
			.by(IssuingLevel.DISTRICT)
			.onlyTotal("40", 2)
			.evaluatedOn(TODAY);
		assertThat(verdict.violations()).extracting(Violation::code)
			.containsExactly(RuleCode.NOT_CERTIFIABLE, RuleCode.DISTRICT_AFTER_REFORM);
	}

	@Test
	void namesTheLevelTheStarsTheRuleSetAndTheRightfulCertifier() {
		Verdict verdict = scored(5).decidedOn(LocalDate.of(2024, 3, 1)).by(IssuingLevel.PROVINCE).evaluatedOn(TODAY);
		assertThat(verdict.violations()).containsExactly(new Violation(RuleCode.LEVEL_MAY_NOT_CERTIFY, "issuing_level",
				List.of(IssuingLevel.PROVINCE, 5, "148/2023", IssuingLevel.CENTRAL)));
	}

	@Test
	void namesTheDecisionDateAndTheDayDistrictsCeased() {
		LocalDate date = LocalDate.of(2025, 7, 15);
		Verdict verdict = scored(3).decidedOn(date).by(IssuingLevel.DISTRICT).evaluatedOn(TODAY);
		assertThat(verdict.violations()).containsExactly(new Violation(RuleCode.DISTRICT_AFTER_REFORM, "issuing_level",
				List.of(date, LocalDate.of(2025, 7, 1), "1489/2025")));
	}

	// 60, 80 and 100 points fall in the 3★, 4★ and 5★ bands
	private static CouncilResultBuilder scored(int stars) {
		return aResult().onlyTotal(String.valueOf(20 * stars), stars);
	}

}
