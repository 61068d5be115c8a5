package vn.ocop.market.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The stars a total earns. The bands are the same in every rule set, so they live here
 * rather than in {@link RuleSet}.
 *
 * @param stars 1 to 5
 * @param from the lowest total of the band
 * @param toExclusive the lowest total of the next band; the 5★ band ends at 100, the
 * highest score, and includes it
 */
public record StarBand(int stars, BigDecimal from, BigDecimal toExclusive) {

	static final BigDecimal MAX_TOTAL = BigDecimal.valueOf(100);

	static final int FEWEST_CERTIFIED_STARS = 3;

	private static final List<StarBand> BANDS = List.of(band(1, 0, 30), band(2, 30, 50), band(3, 50, 70),
			band(4, 70, 90), band(5, 90, 100));

	public StarBand {
		if (stars < 1 || stars > 5) {
			throw new IllegalArgumentException("Stars must be 1 to 5, not " + stars);
		}
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(toExclusive, "toExclusive");
		if (from.compareTo(toExclusive) >= 0) {
			throw new IllegalArgumentException("Empty band " + from + ".." + toExclusive);
		}
	}

	/**
	 * The band of a total.
	 * @param total a council total, 0 to 100
	 * @return its band
	 * @throws IllegalArgumentException if the total is outside 0..100
	 */
	public static StarBand of(BigDecimal total) {
		Objects.requireNonNull(total, "total");
		if (total.signum() < 0 || total.compareTo(MAX_TOTAL) > 0) {
			throw new IllegalArgumentException("A total must be 0 to 100, not " + total);
		}
		StarBand found = BANDS.get(0);
		for (StarBand band : BANDS) {
			if (band.from.compareTo(total) <= 0) {
				found = band;
			}
		}
		return found;
	}

	/**
	 * Whether the band makes an OCOP product: 1★ and 2★ results are ranked but never
	 * certified or sold as OCOP.
	 * @return {@code true} from 3 stars
	 */
	public boolean certifiable() {
		return this.stars >= FEWEST_CERTIFIED_STARS;
	}

	private static StarBand band(int stars, int from, int toExclusive) {
		return new StarBand(stars, BigDecimal.valueOf(from), BigDecimal.valueOf(toExclusive));
	}

}
