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

}
