package vn.ocop.market.storefront.search;

import java.util.List;

/**
 * How many listed products there are by star, province and group.
 *
 * @param fromSearch whether Elasticsearch counted them; when not, PostgreSQL did and
 * search is unavailable
 */
public record Overview(Facets facets, boolean fromSearch) {

	public long stars(int stars) {
		return count(this.facets.stars(), String.valueOf(stars));
	}

	public long province(String slug) {
		return count(this.facets.province(), slug);
	}

	public long group(String code) {
		return count(this.facets.group(), code);
	}

	public long total() {
		return this.facets.stars().stream().mapToLong(FacetCount::count).sum();
	}

	private static long count(List<FacetCount> counts, String key) {
		return counts.stream().filter((c) -> c.key().equals(key)).mapToLong(FacetCount::count).sum();
	}

}
