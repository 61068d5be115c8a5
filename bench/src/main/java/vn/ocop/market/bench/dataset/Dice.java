package vn.ocop.market.bench.dataset;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The only source of chance in the generator: one seeded {@link Random}, drawn from in a
 * fixed order, so that a seed always gives the same file.
 */
final class Dice {

	private final Random random;

	Dice(long seed) {
		this.random = new Random(seed);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	int between(int min, int maxInclusive) {
		return min + this.random.nextInt(maxInclusive - min + 1);
	}

	double gaussian() {
		return this.random.nextGaussian();
	}

	<T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	/**
	 * Picks a key with a probability proportional to its weight.
	 * @param weights weights by key, in an order that does not change between runs (an
	 * {@code EnumMap} or a {@code LinkedHashMap})
	 */
	<T> T weighted(Map<T, Integer> weights) {
		int total = weights.values().stream().mapToInt(Integer::intValue).sum();
		int draw = this.random.nextInt(total);
		for (Map.Entry<T, Integer> entry : weights.entrySet()) {
			draw -= entry.getValue();
			if (draw < 0) {
				return entry.getKey();
			}
		}
		throw new IllegalArgumentException("No positive weight in " + weights);
	}

	void shuffle(List<?> items) {
		Collections.shuffle(items, this.random);
	}

}
