package vn.ocop.market.bench.dataset;

import java.util.List;

import vn.ocop.market.scoring.Part;
import vn.ocop.market.scoring.RuleSet;

/**
 * Scores as a council gives them, in tenths of a point: parts A, B and C near the same
 * share of their maxima, each within its maximum, summing exactly to the total.
 */
final class ScoreSheet {

	private ScoreSheet() {
	}

	/**
	 * A total in tenths in the band of the given stars: 50.0 to 69.9 for 3★, 70.0 to 89.9
	 * for 4★, 90.0 to 98.0 for 5★; whole points about half the time.
	 */
	static int total(int stars, Dice dice) {
		int tenths = switch (stars) {
			case 3 -> dice.between(500, 699);
			case 4 -> dice.between(700, 899);
			case 5 -> dice.between(900, 980);
			default -> throw new IllegalArgumentException("Only 3 to 5 stars are certified, not " + stars);
		};
		return dice.chance(0.45) ? tenths - tenths % 10 : tenths;
	}

	static int[] parts(int total, RuleSet ruleSet, Dice dice) {
		List<Part> parts = ruleSet.parts();
		int maxA = tenths(parts.get(0));
		int maxB = tenths(parts.get(1));
		int maxC = tenths(parts.get(2));
		int a = near(total * maxA / 1000.0, Math.max(0, total - maxB - maxC), Math.min(maxA, total), dice);
		int b = near(total * maxB / 1000.0, Math.max(0, total - a - maxC), Math.min(maxB, total - a), dice);
		return new int[] { a, b, total - a - b };
	}

	/** Tenths of a point as written: "72.5", "72,5" or "72". */
	static String format(int tenths, boolean decimalComma) {
		if (tenths % 10 == 0) {
			return String.valueOf(tenths / 10);
		}
		return (tenths / 10) + (decimalComma ? "," : ".") + (tenths % 10);
	}

	private static int near(double share, int min, int max, Dice dice) {
		long value = Math.round(share + dice.gaussian() * 15);
		return (int) Math.max(min, Math.min(max, value));
	}

	private static int tenths(Part part) {
		return part.max().intValueExact() * 10;
	}

}
