package vn.ocop.market.admin.programme;

import java.util.List;
import java.util.Map;

/**
 * What is certified and listed today.
 *
 * @param byStars 3, 4 and 5, every one present
 * @param byProvince by province code, in the registry's order, every province present
 * @param heat province code to stars to count
 */
record CertifiedNow(long total, Map<Integer, Long> byStars, Map<String, Long> byProvince,
		Map<String, Map<Integer, Long>> heat, Map<String, Long> byGroup, Map<String, Long> byKind) {

	static final List<Integer> STARS = List.of(3, 4, 5);

	public long largestGroup() {
		return this.byGroup.values().stream().mapToLong(Long::longValue).max().orElse(0);
	}

	public long largestKind() {
		return this.byKind.values().stream().mapToLong(Long::longValue).max().orElse(0);
	}

	/** The largest cell of the star × province table, for its shading. */
	public long hottest() {
		return this.heat.values()
			.stream()
			.flatMap((row) -> row.values().stream())
			.mapToLong(Long::longValue)
			.max()
			.orElse(0);
	}

	/**
	 * A cell's shade from 0 (none) to 5 (the largest), never 0 for a cell that has any.
	 */
	public int shade(long count) {
		long max = hottest();
		return (count == 0 || max == 0) ? 0 : (int) Math.max(1, Math.round(5.0 * count / max));
	}

}
