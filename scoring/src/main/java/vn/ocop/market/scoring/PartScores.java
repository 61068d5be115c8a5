package vn.ocop.market.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A council's scores for parts A, B and C. Kept apart from the total because files carry
 * both and a total that is not their sum is an error worth reporting. Scores are
 * {@link BigDecimal} since they are averages of members' scores, such as 72.5.
 *
 * @param a part A, product and community strength
 * @param b part B, marketing
 * @param c part C, product quality
 */
public record PartScores(BigDecimal a, BigDecimal b, BigDecimal c) {

	public PartScores {
		Objects.requireNonNull(a, "a");
		Objects.requireNonNull(b, "b");
		Objects.requireNonNull(c, "c");
	}

	public BigDecimal sum() {
		return this.a.add(this.b).add(this.c);
	}

	/**
	 * The score of a part named by its letter, so rules can walk a rule set's parts.
	 * @param letter {@code A}, {@code B} or {@code C}
	 * @return the score
	 */
	public BigDecimal score(char letter) {
		return switch (letter) {
			case 'A' -> this.a;
			case 'B' -> this.b;
			case 'C' -> this.c;
			default -> throw new IllegalArgumentException("No part " + letter);
		};
	}

}
