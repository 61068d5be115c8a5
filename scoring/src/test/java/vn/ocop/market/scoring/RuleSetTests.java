package vn.ocop.market.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RuleSetTests {

	private static final List<Part> PARTS = List.of(part('A', 40), part('B', 25), part('C', 35));

	private static final Map<IssuingLevel, Set<Integer>> CERTIFIERS = Map.of(IssuingLevel.PROVINCE, Set.of(3, 4),
			IssuingLevel.CENTRAL, Set.of(5));

	@Test
	void givesEveryLevelItsStarsEvenWhenTheDataLeavesOneOut() {
		RuleSet ruleSet = ruleSet(PARTS, CERTIFIERS, false);
		assertThat(ruleSet.certifiableStars()).containsEntry(IssuingLevel.DISTRICT, Set.of());
		assertThat(ruleSet.mayCertify(IssuingLevel.DISTRICT, 3)).isFalse();
		assertThat(ruleSet.mayCertify(IssuingLevel.PROVINCE, 3)).isTrue();
	}

	@Test
	void rejectsPartMaximaThatDoNotSumToHundred() {
		List<Part> parts = List.of(part('A', 35), part('B', 25), part('C', 35));
		assertThatIllegalArgumentException().isThrownBy(() -> ruleSet(parts, CERTIFIERS, false))
			.withMessageContaining("sum to 100");
	}

	@Test
	void rejectsPartsOutOfOrder() {
		List<Part> parts = List.of(part('B', 25), part('A', 40), part('C', 35));
		assertThatIllegalArgumentException().isThrownBy(() -> ruleSet(parts, CERTIFIERS, false));
	}

	@Test
	void rejectsStarsThatNoLevelOrTwoLevelsCertify() {
		Map<IssuingLevel, Set<Integer>> noFive = Map.of(IssuingLevel.PROVINCE, Set.of(3, 4));
		Map<IssuingLevel, Set<Integer>> twoForThree = Map.of(IssuingLevel.DISTRICT, Set.of(3), IssuingLevel.PROVINCE,
				Set.of(3, 4), IssuingLevel.CENTRAL, Set.of(5));
		assertThatIllegalArgumentException().isThrownBy(() -> ruleSet(PARTS, noFive, false));
		assertThatIllegalArgumentException().isThrownBy(() -> ruleSet(PARTS, twoForThree, false));
	}

	@Test
	void rejectsAbolishedDistrictsThatCertify() {
		Map<IssuingLevel, Set<Integer>> districts = Map.of(IssuingLevel.DISTRICT, Set.of(3), IssuingLevel.PROVINCE,
				Set.of(4), IssuingLevel.CENTRAL, Set.of(5));
		assertThatIllegalArgumentException().isThrownBy(() -> ruleSet(PARTS, districts, true));
	}

	@Test
	void cannotBeChangedThroughItsCollections() {
		List<Part> parts = new ArrayList<>(PARTS);
		RuleSet ruleSet = ruleSet(parts, CERTIFIERS, false);
		parts.clear();
		assertThat(ruleSet.parts()).hasSize(3);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> ruleSet.groups().add(ProductGroup.TEXTILES));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> ruleSet.certifiableStars().get(IssuingLevel.DISTRICT).add(3));
	}

	private static RuleSet ruleSet(List<Part> parts, Map<IssuingLevel, Set<Integer>> certifiers,
			boolean districtsAbolished) {
		return new RuleSet("test", "Quyết định thử", LocalDate.of(2024, 1, 1), parts, EnumSet.of(ProductGroup.FOOD),
				certifiers, List.of(), districtsAbolished);
	}

	private static Part part(char letter, int max) {
		return new Part(letter, "Phần " + letter, "Part " + letter, BigDecimal.valueOf(max));
	}

}
