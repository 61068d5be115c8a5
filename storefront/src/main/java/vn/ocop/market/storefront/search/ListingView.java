package vn.ocop.market.storefront.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.ProductGroup;

/**
 * What the listing template needs beyond the result: facet options with their links, the
 * active filters with links that remove them, and the pages.
 */
final class ListingView {

	private final SearchResult result;

	private final ProvinceRegistry provinces;

	ListingView(SearchResult result, ProvinceRegistry provinces) {
		this.result = result;
		this.provinces = provinces;
	}

	/**
	 * One value of a facet.
	 *
	 * @param key the value in URLs
	 * @param province the province, for province options
	 * @param group the group, for group options
	 */
	record Option(String key, Province province, ProductGroup group, long count, boolean selected, String url) {

		/**
		 * The number of stars, for star options.
		 */
		public int starCount() {
			return Integer.parseInt(this.key);
		}

	}

	record PageLink(int number, String url, boolean current) {

	}

	/**
	 * An active filter and the link that removes it.
	 */
	record Active(String parameter, String value, Province province, ProductGroup group, String removeUrl) {

	}

	public List<Option> stars() {
		ProductQuery query = this.result.query();
		return IntStream.of(5, 4, 3).mapToObj((stars) -> {
			String key = String.valueOf(stars);
			boolean selected = Objects.equals(query.stars(), stars);
			return new Option(key, null, null, count(this.result.facets().stars(), key), selected,
					query.link(change("star", selected ? null : stars)));
		}).toList();
	}

	public List<Option> provinces() {
		ProductQuery query = this.result.query();
		return this.provinces.provinces().stream().map((province) -> {
			boolean selected = province.equals(query.province());
			return new Option(province.slug(), province, null, count(this.result.facets().province(), province.slug()),
					selected, query.link(change("province", selected ? null : province.slug())));
		}).filter((option) -> option.count() > 0 || option.selected()).toList();
	}

	public List<Option> groups() {
		ProductQuery query = this.result.query();
		return Arrays.stream(ProductGroup.values()).map((group) -> {
			boolean selected = group == query.group();
			return new Option(group.code(), null, group, count(this.result.facets().group(), group.code()), selected,
					query.link(change("group", selected ? null : group.code())));
		}).filter((option) -> option.count() > 0 || option.selected()).toList();
	}

	public List<Active> active() {
		ProductQuery query = this.result.query();
		List<Active> active = new ArrayList<>();
		if (query.stars() != null) {
			active.add(new Active("star", String.valueOf(query.stars()), null, null, query.link(change("star", null))));
		}
		if (query.province() != null) {
			active.add(new Active("province", query.province().slug(), query.province(), null,
					query.link(change("province", null))));
		}
		if (query.group() != null) {
			active
				.add(new Active("group", query.group().code(), null, query.group(), query.link(change("group", null))));
		}
		if (query.minPrice() != null || query.maxPrice() != null) {
			Map<String, Object> noPrice = new HashMap<>();
			noPrice.put("minPrice", null);
			noPrice.put("maxPrice", null);
			active.add(new Active("price", null, null, null, query.link(noPrice)));
		}
		return active;
	}

	public List<ListingSort> sorts() {
		return Arrays.asList(ListingSort.values());
	}

	public List<PageLink> pages() {
		int current = this.result.query().page();
		int last = this.result.pages();
		return IntStream.rangeClosed(1, last)
			.filter((n) -> n == 1 || n == last || Math.abs(n - current) <= 2)
			.mapToObj(
					(n) -> new PageLink(n, this.result.query().link(change("page", (n > 1) ? n : null)), n == current))
			.toList();
	}

	public String previous() {
		int page = this.result.query().page();
		return (page > 1) ? this.result.query().link(change("page", (page > 2) ? page - 1 : null)) : null;
	}

	public String next() {
		int page = this.result.query().page();
		return (page < this.result.pages()) ? this.result.query().link(change("page", page + 1)) : null;
	}

	private static long count(List<FacetCount> counts, String key) {
		return counts.stream().filter((c) -> c.key().equals(key)).mapToLong(FacetCount::count).sum();
	}

	private static Map<String, Object> change(String name, Object value) {
		Map<String, Object> change = new HashMap<>();
		change.put(name, value);
		return change;
	}

}
