package vn.ocop.market.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.scoring.CouncilResultBuilder.aResult;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CouncilDecisionTests {

	@ParameterizedTest(name = "decided {0}, checked {1}: in future {2}")
	@CsvSource(textBlock = """
			2025-03-10, 2025-03-10, false
			2025-03-10, 2025-03-11, false
			2025-03-11, 2025-03-10, true
			2026-01-01, 2025-12-31, true
			""")
	void rejectsDecisionsDatedAfterToday(LocalDate date, LocalDate today, boolean inFuture) {
		Verdict verdict = aResult().decidedOn(date).evaluatedOn(today);
		assertThat(verdict.has(RuleCode.DECISION_IN_FUTURE)).isEqualTo(inFuture);
		assertThat(verdict.valid()).isNotEqualTo(inFuture);
	}

	@Test
	void namesTheDecisionDateAndToday() {
		LocalDate date = LocalDate.of(2025, 3, 11);
		LocalDate today = LocalDate.of(2025, 3, 10);
		Verdict verdict = aResult().decidedOn(date).evaluatedOn(today);
		assertThat(verdict.violations())
			.containsExactly(new Violation(RuleCode.DECISION_IN_FUTURE, "decision_date", List.of(date, today)));
	}

	@ParameterizedTest(name = "{0}: {1} accepted {2}")
	@CsvSource(textBlock = """
			2022-01-10, FOOD,        true
			2022-01-10, BEVERAGES,   true
			2022-01-10, HERBAL,      true
			2022-01-10, HANDICRAFTS, true
			2022-01-10, TEXTILES,    true
			2022-01-10, ORNAMENTAL,  false
			2022-01-10, TOURISM,     true
			2023-02-23, TEXTILES,    true
			2023-02-23, ORNAMENTAL,  false
			2023-02-24, TEXTILES,    false
			2023-02-24, ORNAMENTAL,  true
			2024-05-20, FOOD,        true
			2024-05-20, BEVERAGES,   true
			2024-05-20, HERBAL,      true
			2024-05-20, HANDICRAFTS, true
			2024-05-20, TEXTILES,    false
			2024-05-20, ORNAMENTAL,  true
			2024-05-20, TOURISM,     true
			2025-07-01, TEXTILES,    false
			2025-07-01, ORNAMENTAL,  true
			""")
	void acceptsOnlyTheGroupsOfTheRuleSetOfTheDecision(LocalDate date, ProductGroup group, boolean accepted) {
		Verdict verdict = aResult().decidedOn(date).in(group).parts("30", "20", "22.5").evaluatedOn(CouncilTests.TODAY);
		assertThat(verdict.has(RuleCode.GROUP_NOT_IN_RULE_SET)).isNotEqualTo(accepted);
		assertThat(verdict.valid()).isEqualTo(accepted);
	}

	@Test
	void namesTheGroupAndTheRuleSet() {
		Verdict verdict = aResult().in(ProductGroup.TEXTILES).evaluatedOn(CouncilTests.TODAY);
		assertThat(verdict.violations()).containsExactly(new Violation(RuleCode.GROUP_NOT_IN_RULE_SET, "product_group",
				List.of(ProductGroup.TEXTILES, "148/2023")));
	}

}
