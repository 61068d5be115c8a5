package vn.ocop.market.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The national OCOP criteria in force from one date: part maxima, product groups, which
 * level certifies which stars and the minimum conditions per star. Decisions are checked
 * against the rule set of their own date because the criteria changed in 2023 and 2025
 * while older certificates stay valid. The constructor holds the invariants every rule
 * set shares, so a mistake in the data fails at startup rather than at import.
 *
 * @param id short id stored with each certification, such as {@code 148/2023}
 * @param decisionRef the decisions that set these criteria, as cited in Vietnamese
 * @param effectiveFrom the first decision date these criteria apply to
 * @param parts parts A, B and C with maxima summing to 100
 * @param groups the product groups councils may evaluate
 * @param certifiableStars for each level, the stars it may certify; each of 3 to 5 stars
 * is certified by exactly one level
 * @param gates minimum conditions per star
 * @param districtsAbolished whether district councils no longer exist
 */
public record RuleSet(String id, String decisionRef, LocalDate effectiveFrom, List<Part> parts,
		Set<ProductGroup> groups, Map<IssuingLevel, Set<Integer>> certifiableStars, List<StarGate> gates,
		boolean districtsAbolished) {

	private static final List<Character> LETTERS = List.of('A', 'B', 'C');

	public RuleSet {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(decisionRef, "decisionRef");
		Objects.requireNonNull(effectiveFrom, "effectiveFrom");
		parts = List.copyOf(parts);
		groups = Collections.unmodifiableSet(EnumSet.copyOf(groups));
		certifiableStars = everyLevel(certifiableStars);
		gates = List.copyOf(gates);
		checkParts(parts);
		checkEachStarHasOneLevel(certifiableStars);
		if (districtsAbolished && !certifiableStars.get(IssuingLevel.DISTRICT).isEmpty()) {
			throw new IllegalArgumentException("Abolished districts cannot certify");
		}
	}

	public boolean mayCertify(IssuingLevel level, int stars) {
		return this.certifiableStars.get(level).contains(stars);
	}

	/**
	 * The level that certifies a number of stars, so a message can name the right one.
	 * @param stars the stars
	 * @return the level, or empty below 3 or above 5 stars
	 */
	public Optional<IssuingLevel> certifyingLevel(int stars) {
		return this.certifiableStars.keySet().stream().filter((level) -> mayCertify(level, stars)).findFirst();
	}

	private static Map<IssuingLevel, Set<Integer>> everyLevel(Map<IssuingLevel, Set<Integer>> starsByLevel) {
		Map<IssuingLevel, Set<Integer>> copy = new EnumMap<>(IssuingLevel.class);
		for (IssuingLevel level : IssuingLevel.values()) {
			Set<Integer> stars = starsByLevel.getOrDefault(level, Set.of());
			copy.put(level, Collections.unmodifiableSortedSet(new TreeSet<>(stars)));
		}
		return Collections.unmodifiableMap(copy);
	}

	private static void checkParts(List<Part> parts) {
		if (!parts.stream().map(Part::letter).toList().equals(LETTERS)) {
			throw new IllegalArgumentException("Parts must be A, B and C in order");
		}
		BigDecimal sum = parts.stream().map(Part::max).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(StarBand.MAX_TOTAL) != 0) {
			throw new IllegalArgumentException("Part maxima must sum to 100, not " + sum);
		}
	}

	private static void checkEachStarHasOneLevel(Map<IssuingLevel, Set<Integer>> starsByLevel) {
		List<Integer> certified = starsByLevel.values().stream().flatMap(Set::stream).sorted().toList();
		if (!certified.equals(List.of(3, 4, 5))) {
			throw new IllegalArgumentException("Each of 3, 4 and 5 stars needs exactly one level, not " + starsByLevel);
		}
	}

}
