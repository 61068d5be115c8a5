package vn.ocop.market.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetsTests {

	@Test
	void listsTheRuleSetsInTheOrderTheyTookEffect() {
		assertThat(RuleSets.all()).extracting(RuleSet::id, RuleSet::effectiveFrom)
			.containsExactly(tuple("1048/2019", LocalDate.of(2019, 8, 21)),
					tuple("148/2023", LocalDate.of(2023, 2, 24)), tuple("1489/2025", LocalDate.of(2025, 7, 1)));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			2010-01-01, 1048/2019
			2019-08-20, 1048/2019
			2019-08-21, 1048/2019
			2022-03-15, 1048/2019
			2023-02-23, 1048/2019
			2023-02-24, 148/2023
			2024-12-31, 148/2023
			2025-06-30, 148/2023
			2025-07-01, 1489/2025
			2025-07-06, 1489/2025
			2030-01-01, 1489/2025
			""")
	void picksTheRuleSetInForceOnTheDecisionDate(LocalDate date, String id) {
		assertThat(RuleSets.forDecisionDate(date).id()).isEqualTo(id);
	}

	@Test
	void rejectsAMissingDate() {
		assertThatNullPointerException().isThrownBy(() -> RuleSets.forDecisionDate(null));
	}

	@ParameterizedTest(name = "{0}: part {1} max {2}")
	@CsvSource(textBlock = """
			1048/2019, A, 35, Sản phẩm và sức mạnh cộng đồng
			1048/2019, B, 25, Khả năng tiếp thị
			1048/2019, C, 40, Chất lượng sản phẩm
			148/2023,  A, 40, Sản phẩm và sức mạnh cộng đồng
			148/2023,  B, 25, Khả năng tiếp thị và câu chuyện sản phẩm
			148/2023,  C, 35, Chất lượng sản phẩm
			1489/2025, A, 40, Sản phẩm và sức mạnh cộng đồng
			1489/2025, B, 25, Khả năng tiếp thị và câu chuyện sản phẩm
			1489/2025, C, 35, Chất lượng sản phẩm
			""")
	void keepsThePartMaximaOfEachRuleSet(String id, char letter, BigDecimal max, String nameVi) {
		Part part = ruleSet(id).parts().get(letter - 'A');
		assertThat(part.letter()).isEqualTo(letter);
		assertThat(part.max()).isEqualByComparingTo(max);
		assertThat(part.nameVi()).isEqualTo(nameVi);
		assertThat(part.nameEn()).isNotBlank();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(textBlock = """
			1048/2019, FOOD BEVERAGES HERBAL HANDICRAFTS TEXTILES TOURISM
			148/2023,  FOOD BEVERAGES HERBAL HANDICRAFTS ORNAMENTAL TOURISM
			1489/2025, FOOD BEVERAGES HERBAL HANDICRAFTS ORNAMENTAL TOURISM
			""")
	void keepsTheProductGroupsOfEachRuleSet(String id, String groups) {
		assertThat(ruleSet(id).groups()).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(groups.split(" ")).map(ProductGroup::valueOf).collect(Collectors.toSet()));
	}

	@ParameterizedTest(name = "{0}: district {1}, province {2}, central {3}")
	@CsvSource(textBlock = """
			1048/2019, '',  3 4, 5, false
			148/2023,  3,   4,   5, false
			1489/2025, '',  3 4, 5, true
			""")
	void knowsWhichLevelCertifiesWhichStars(String id, String district, String province, String central,
			boolean districtsAbolished) {
		RuleSet ruleSet = ruleSet(id);
		assertThat(ruleSet.certifiableStars()).containsEntry(IssuingLevel.DISTRICT, stars(district))
			.containsEntry(IssuingLevel.PROVINCE, stars(province))
			.containsEntry(IssuingLevel.CENTRAL, stars(central));
		assertThat(ruleSet.districtsAbolished()).isEqualTo(districtsAbolished);
	}

	@ParameterizedTest(name = "{0}: {1}★ by {2}")
	@CsvSource(textBlock = """
			1048/2019, 3, PROVINCE
			1048/2019, 4, PROVINCE
			1048/2019, 5, CENTRAL
			148/2023,  3, DISTRICT
			148/2023,  4, PROVINCE
			148/2023,  5, CENTRAL
			1489/2025, 3, PROVINCE
			1489/2025, 4, PROVINCE
			1489/2025, 5, CENTRAL
			1489/2025, 2,
			1489/2025, 6,
			""")
	void namesTheLevelThatCertifiesEachStar(String id, int stars, IssuingLevel level) {
		assertThat(ruleSet(id).certifyingLevel(stars)).isEqualTo(Optional.ofNullable(level));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			1048/2019, 1048/QĐ-TTg ngày 21/08/2019, công bố chất lượng
			148/2023,  148/QĐ-TTg ngày 24/02/2023,  công bố chất lượng
			1489/2025, 1489/QĐ-TTg ngày 06/07/2025, công bố chất lượng
			""")
	void citesItsDecisionAndCarriesAGateForEachCertifiedStar(String id, String decision, String threeStarGate) {
		RuleSet ruleSet = ruleSet(id);
		assertThat(ruleSet.decisionRef()).contains(decision);
		assertThat(ruleSet.gates()).extracting(StarGate::stars).containsExactly(3, 4, 5);
		assertThat(ruleSet.gates().get(0).requirementVi()).contains(threeStarGate);
		assertThat(ruleSet.gates()).allSatisfy((gate) -> assertThat(gate.requirementEn()).isNotBlank());
	}

	@Test
	void citesTheAmendmentOfTheFirstCriteria() {
		assertThat(ruleSet("1048/2019").decisionRef()).contains("781/QĐ-TTg ngày 08/06/2020");
	}

	private static RuleSet ruleSet(String id) {
		return RuleSets.all().stream().filter((ruleSet) -> ruleSet.id().equals(id)).findFirst().orElseThrow();
	}

	private static Set<Integer> stars(String stars) {
		return stars.isEmpty() ? Set.of()
				: Arrays.stream(stars.split(" ")).map(Integer::valueOf).collect(Collectors.toSet());
	}

}
