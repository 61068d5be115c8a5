package vn.ocop.market.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One of the three parts of the scoring sheet. Its maximum changed between rule sets (A
 * went from 35 to 40 and C from 40 to 35 in 2023), so a score is only out of range
 * relative to the rule set of its decision.
 *
 * @param letter {@code A}, {@code B} or {@code C}
 * @param nameVi the part's name in the decision
 * @param nameEn the part's name in English
 * @param max the highest score a council may give
 */
public record Part(char letter, String nameVi, String nameEn, BigDecimal max) {

	public Part {
		if (letter < 'A' || letter > 'C') {
			throw new IllegalArgumentException("A part is A, B or C, not " + letter);
		}
		Objects.requireNonNull(nameVi, "nameVi");
		Objects.requireNonNull(nameEn, "nameEn");
		Objects.requireNonNull(max, "max");
		if (max.signum() <= 0) {
			throw new IllegalArgumentException("A part's maximum must be positive, not " + max);
		}
	}

	/**
	 * The field that holds this part's score in import files and violations.
	 * @return such as {@code score_a}
	 */
	public String field() {
		return "score_" + Character.toLowerCase(this.letter);
	}

}
