package vn.ocop.market.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.scoring.CouncilResultBuilder.aResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CouncilScoreTests {

	private static final LocalDate TODAY = CouncilTests.TODAY;

	@ParameterizedTest(name = "{0}: part {1} = {2} allowed: {3}")
	@CsvSource(textBlock = """
			2022-06-01, A, 35,    true,  35
			2022-06-01, A, 35.01, false, 35
			2022-06-01, A, 36,    false, 35
			2022-06-01, A, 40,    false, 35
			2022-06-01, A, -0.01, false, 35
			2022-06-01, A, 0,     true,  35
			2022-06-01, B, 25,    true,  25
			2022-06-01, B, 25.01, false, 25
			2022-06-01, C, 36,    true,  40
			2022-06-01, C, 40,    true,  40
			2022-06-01, C, 40.01, false, 40
			2024-06-01, A, 36,    true,  40
			2024-06-01, A, 40,    true,  40
			2024-06-01, A, 40.01, false, 40
			2024-06-01, B, 25,    true,  25
			2024-06-01, B, 25.01, false, 25
			2024-06-01, C, 35,    true,  35
			2024-06-01, C, 35.01, false, 35
			2024-06-01, C, 36,    false, 35
			2024-06-01, C, 40,    false, 35
			2024-06-01, C, -1,    false, 35
			2025-09-01, A, 40,    true,  40
			2025-09-01, A, 41,    false, 40
			2025-09-01, C, 35,    true,  35
			2025-09-01, C, 36,    false, 35
			""")
	void checksEachPartAgainstItsMaximumInTheRuleSetOfTheDecision(LocalDate date, char letter, String score,
			boolean allowed, BigDecimal max) {
		String a = (letter == 'A') ? score : "0";
		String b = (letter == 'B') ? score : "0";
		String c = (letter == 'C') ? score : "0";
		Verdict verdict = aResult().decidedOn(date).parts(a, b, c).total(score).evaluatedOn(TODAY);
		List<Violation> outOfRange = verdict.violations()
			.stream()
			.filter((violation) -> violation.field().startsWith("score_"))
			.toList();
		if (allowed) {
			assertThat(outOfRange).isEmpty();
		}
		else {
			String field = "score_" + Character.toLowerCase(letter);
			assertThat(outOfRange).containsExactly(new Violation(RuleCode.PART_SCORE_OUT_OF_RANGE, field,
					List.of(String.valueOf(letter), new BigDecimal(score), max)));
		}
	}

	@ParameterizedTest(name = "total {0} with parts summing to 72.5: mismatch {1}")
	@CsvSource(textBlock = """
			72.5,  false
			72.55, false
			72.45, false
			72.56, true
			72.44, true
			72.6,  true
			""")
	void allowsRoundingOfFiveHundredthsBetweenTotalAndParts(BigDecimal total, boolean mismatch) {
		Verdict verdict = aResult().parts("32", "20", "20.5").total(total.toPlainString()).evaluatedOn(TODAY);
		assertThat(verdict.has(RuleCode.TOTAL_MISMATCH)).isEqualTo(mismatch);
		if (mismatch) {
			assertThat(verdict.violations()).containsExactly(new Violation(RuleCode.TOTAL_MISMATCH, "total_score",
					List.of(total, new BigDecimal("72.5"), new BigDecimal("0.05"))));
		}
	}

	@ParameterizedTest(name = "total {0}")
	@CsvSource({ "100.01", "-0.01", "150" })
	void reportsTotalOutsideZeroToHundredAndSkipsTheBand(BigDecimal total) {
		Verdict verdict = aResult().onlyTotal(total.toPlainString(), 5).by(IssuingLevel.CENTRAL).evaluatedOn(TODAY);
		assertThat(verdict.band()).isNull();
		assertThat(verdict.violations()).containsExactly(new Violation(RuleCode.PART_SCORE_OUT_OF_RANGE, "total_score",
				List.of("total", total, BigDecimal.valueOf(100))));
	}

	@ParameterizedTest(name = "total {0}, {1} stars: {2}")
	@CsvSource(textBlock = """
			29.99,  1, NOT_CERTIFIABLE
			30,     2, NOT_CERTIFIABLE
			30,     1, STAR_BAND_MISMATCH NOT_CERTIFIABLE
			49.99,  2, NOT_CERTIFIABLE
			49.99,  3, STAR_BAND_MISMATCH NOT_CERTIFIABLE
			50,     3, ''
			50,     2, STAR_BAND_MISMATCH NOT_CERTIFIABLE
			69.99,  3, ''
			69.99,  4, STAR_BAND_MISMATCH
			70,     4, ''
			70,     3, STAR_BAND_MISMATCH
			89.99,  4, ''
			89.99,  5, STAR_BAND_MISMATCH
			90,     5, ''
			90,     4, STAR_BAND_MISMATCH
			100,    5, ''
			72.5,   0, STAR_BAND_MISMATCH NOT_CERTIFIABLE
			72.5,   6, STAR_BAND_MISMATCH
			72.5,  -1, STAR_BAND_MISMATCH NOT_CERTIFIABLE
			""")
	void matchesStarsToTheBandOfTheTotal(String total, int stars, String codes) {
		IssuingLevel certifier = RuleSets.forDecisionDate(LocalDate.of(2025, 9, 1))
			.certifyingLevel(stars)
			.orElse(IssuingLevel.PROVINCE);
		Verdict verdict = aResult().decidedOn(LocalDate.of(2025, 9, 1))
			.by(certifier)
			.onlyTotal(total, stars)
			.evaluatedOn(TODAY);
		assertThat(verdict.violations()).extracting(Violation::code)
			.containsExactly(codes.isEmpty() ? new RuleCode[0]
					: Arrays.stream(codes.split(" ")).map(RuleCode::valueOf).toArray(RuleCode[]::new));
	}

	@ParameterizedTest(name = "total {0}, {1} stars")
	@CsvSource(textBlock = """
			72.5,  3, 4
			49.99, 3, 2
			""")
	void namesGivenStarsBandStarsAndTotalInAStarBandMismatch(BigDecimal total, int stars, int bandStars) {
		Verdict verdict = aResult().onlyTotal(total.toPlainString(), stars)
			.by(IssuingLevel.DISTRICT)
			.evaluatedOn(TODAY);
		assertThat(verdict.violations())
			.contains(new Violation(RuleCode.STAR_BAND_MISMATCH, "stars", List.of(stars, bandStars, total)));
	}

	@ParameterizedTest(name = "total {0}, {1} stars -> {2}")
	@CsvSource(textBlock = """
			45,    2, 2
			45,    3, 2
			60,    1, 1
			100.5, 2, 2
			""")
	void namesTheLowerOfGivenAndBandStarsWhenNotCertifiable(String total, int stars, int lowest) {
		Verdict verdict = aResult().onlyTotal(total, stars).by(IssuingLevel.DISTRICT).evaluatedOn(TODAY);
		assertThat(verdict.violations()).contains(new Violation(RuleCode.NOT_CERTIFIABLE, "stars", List.of(lowest, 3)));
	}

}
