package vn.ocop.market.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordValidationTests {

	private static final BigDecimal TEN = BigDecimal.TEN;

	@Test
	void partScoresNeedEveryPart() {
		assertThatNullPointerException().isThrownBy(() -> new PartScores(null, TEN, TEN)).withMessage("a");
		assertThatNullPointerException().isThrownBy(() -> new PartScores(TEN, null, TEN)).withMessage("b");
		assertThatNullPointerException().isThrownBy(() -> new PartScores(TEN, TEN, null)).withMessage("c");
	}

	@ParameterizedTest(name = "{0} + {1} + {2} = {3}")
	@CsvSource({ "30, 20, 22.5, 72.5", "35.25, 24.5, 39.25, 99.00", "0, 0, 0, 0" })
	void partScoresAddUpExactly(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal sum) {
		PartScores parts = new PartScores(a, b, c);
		assertThat(parts.sum()).isEqualByComparingTo(sum);
		assertThat(List.of(parts.score('A'), parts.score('B'), parts.score('C'))).containsExactly(a, b, c);
	}

	@Test
	void partScoresHaveNoPartD() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PartScores(TEN, TEN, TEN).score('D'));
	}

	@Test
	void councilResultNeedsDateLevelGroupAndTotalButNotParts() {
		LocalDate date = LocalDate.of(2024, 1, 1);
		assertThatNullPointerException()
			.isThrownBy(() -> new CouncilResult(null, IssuingLevel.PROVINCE, ProductGroup.FOOD, null, TEN, 1));
		assertThatNullPointerException()
			.isThrownBy(() -> new CouncilResult(date, null, ProductGroup.FOOD, null, TEN, 1));
		assertThatNullPointerException()
			.isThrownBy(() -> new CouncilResult(date, IssuingLevel.PROVINCE, null, null, TEN, 1));
		assertThatNullPointerException()
			.isThrownBy(() -> new CouncilResult(date, IssuingLevel.PROVINCE, ProductGroup.FOOD, null, null, 1));
		assertThat(new CouncilResult(date, IssuingLevel.PROVINCE, ProductGroup.FOOD, null, TEN, 1).parts()).isNull();
	}

	@Test
	void violationKeepsItsArgumentsAsGiven() {
		List<Object> args = new ArrayList<>(List.of("A", TEN));
		Violation violation = new Violation(RuleCode.PART_SCORE_OUT_OF_RANGE, "score_a", args);
		args.clear();
		assertThat(violation.args()).containsExactly("A", TEN);
		assertThatNullPointerException()
			.isThrownBy(() -> new Violation(RuleCode.TOTAL_MISMATCH, "total_score", Arrays.asList(TEN, null)));
		assertThatNullPointerException().isThrownBy(() -> new Violation(null, "stars", List.of()));
	}

	@ParameterizedTest(name = "part {0} max {1}")
	@CsvSource({ "D, 10", "a, 10", "A, 0", "A, -5" })
	void partIsAToCWithAPositiveMaximum(char letter, BigDecimal max) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Part(letter, "Phần", "Part", max));
	}

	@Test
	void partNamesItsImportField() {
		assertThat(new Part('C', "Chất lượng sản phẩm", "Product quality", TEN).field()).isEqualTo("score_c");
	}

	@ParameterizedTest
	@CsvSource({ "0", "2", "6" })
	void starGateGuardsOnlyCertifiedStars(int stars) {
		assertThatIllegalArgumentException().isThrownBy(() -> new StarGate(stars, "Điều kiện", "Condition"));
	}

	@Test
	void verdictIsValidOnlyWithoutViolations() {
		RuleSet ruleSet = RuleSets.all().get(0);
		LocalDate validUntil = LocalDate.of(2025, 1, 1);
		Violation violation = new Violation(RuleCode.NOT_CERTIFIABLE, "stars", List.of(2, 3));
		Verdict clean = new Verdict(ruleSet, StarBand.of(TEN.multiply(TEN)), List.of(), validUntil);
		Verdict broken = new Verdict(ruleSet, StarBand.of(TEN), List.of(violation), validUntil);
		assertThat(clean.valid()).isTrue();
		assertThat(clean.has(RuleCode.NOT_CERTIFIABLE)).isFalse();
		assertThat(broken.valid()).isFalse();
		assertThat(broken.has(RuleCode.NOT_CERTIFIABLE)).isTrue();
		assertThat(broken.has(RuleCode.STAR_BAND_MISMATCH)).isFalse();
	}

}
