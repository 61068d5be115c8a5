package vn.ocop.market.storefront.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.catalog.web.Formats;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.system.Words;

/**
 * What the listing template needs beyond the result: facet options with their links, the
 * active filters with links that remove them, and the pages.
 */
final class ListingView {

	private final SearchResult result;

	private final ProvinceRegistry provinces;

	private final Words words;

	private final Locale locale;

	private final boolean english;

	ListingView(SearchResult result, ProvinceRegistry provinces, Words words, Locale locale) {
		this.result = result;
		this.provinces = provinces;
		this.words = words;
		this.locale = locale;
		this.english = "en".equals(locale.getLanguage());
	}

	/**
	 * One value of a facet, ready to print.
	 *
	 * @param key the value in URLs
	 * @param label the name in the page's language: the province, the group, or the stars
	 * as ★★★
	 * @param spoken what a screen reader says instead of the label ("5 sao"), if anything
	 * @param count the number of products, written as in Vietnam (1.234)
	 */
	record Option(String key, String label, String spoken, String count, boolean selected, String url) {

	}

	/**
	 * The facets' options as list items, written by {@link FacetHtml}: a facet has up to
	 * 34 options of six expressions each, which Thymeleaf evaluated one by one.
	 */
	public String starItems() {
		return FacetHtml.items(stars(), "star");
	}

	public String groupItems() {
		return FacetHtml.items(groups(), "group");
	}

	public String provinceItems() {
		return FacetHtml.items(provinces(), "province");
	}

	/**
	 * @param gapBefore whether pages are left out before this one (1 … 7 8 9)
	 */
	record PageLink(int number, String url, boolean current, boolean gapBefore) {

	}

	/**
	 * An order the listing offers, named in the page's language.
	 */
	record SortOption(String code, String label, boolean selected) {

	}

	/**
	 * A parameter of the listing that a form carries along as a hidden field.
	 */
	record Kept(String name, String value) {

	}

	/**
	 * An active filter and the link that removes it.
	 */
	record Active(String parameter, String value, Province province, ProductGroup group, String removeUrl) {

	}

	public List<Option> stars() {
		ProductQuery query = this.result.query();
		Map<String, Long> counts = counts(this.result.facets().stars());
		return IntStream.of(5, 4, 3).mapToObj((stars) -> {
			String key = String.valueOf(stars);
			boolean selected = Objects.equals(query.stars(), stars);
			return new Option(key, "★".repeat(stars), this.words.with("stars.label", this.locale, key),
					Formats.number(counts.getOrDefault(key, 0L)), selected,
					query.link(change("star", selected ? null : stars)));
		}).toList();
	}

	public List<Option> provinces() {
		ProductQuery query = this.result.query();
		Map<String, Long> counts = counts(this.result.facets().province());
		return this.provinces.provinces().stream().flatMap((province) -> {
			boolean selected = province.equals(query.province());
			long count = counts.getOrDefault(province.slug(), 0L);
			return (count > 0 || selected) ? Stream.of(new Option(province.slug(),
					this.english ? province.nameEn() : province.nameVi(), null, Formats.number(count), selected,
					query.link(change("province", selected ? null : province.slug())))) : Stream.empty();
		}).toList();
	}

	public List<Option> groups() {
		ProductQuery query = this.result.query();
		Map<String, Long> counts = counts(this.result.facets().group());
		return Arrays.stream(ProductGroup.values()).flatMap((group) -> {
			boolean selected = group == query.group();
			long count = counts.getOrDefault(group.code(), 0L);
			return (count > 0 || selected) ? Stream
				.of(new Option(group.code(), this.english ? group.labelEn() : group.labelVi(), null,
						Formats.number(count), selected, query.link(change("group", selected ? null : group.code()))))
					: Stream.empty();
		}).toList();
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

	public List<SortOption> sorts() {
		return Arrays.stream(ListingSort.values())
			.map((sort) -> new SortOption(sort.code(), this.words.get("sort." + sort.code(), this.locale),
					sort == this.result.query().sort()))
			.toList();
	}

	/**
	 * The query's parameters as hidden fields, but the price ({@code except} "price") or
	 * the order ("sort"): a form that changes one keeps the others.
	 */
	public List<Kept> kept(String except) {
		ProductQuery query = this.result.query();
		List<Kept> kept = new ArrayList<>();
		if (query.hasText()) {
			kept.add(new Kept("q", query.text()));
		}
		if (query.stars() != null) {
			kept.add(new Kept("star", String.valueOf(query.stars())));
		}
		if (query.province() != null) {
			kept.add(new Kept("province", query.province().slug()));
		}
		if (query.group() != null) {
			kept.add(new Kept("group", query.group().code()));
		}
		if (!"price".equals(except)) {
			if (query.minPrice() != null) {
				kept.add(new Kept("minPrice", String.valueOf(query.minPrice())));
			}
			if (query.maxPrice() != null) {
				kept.add(new Kept("maxPrice", String.valueOf(query.maxPrice())));
			}
		}
		if (!"sort".equals(except) && query.sort() != ListingSort.RELEVANCE) {
			kept.add(new Kept("sort", query.sort().code()));
		}
		return kept;
	}

	public List<PageLink> pages() {
		int current = this.result.query().page();
		int last = this.result.pages();
		List<PageLink> pages = new ArrayList<>();
		int previous = 0;
		for (int n = 1; n <= last; n++) {
			if (n == 1 || n == last || Math.abs(n - current) <= 2) {
				pages.add(new PageLink(n, this.result.query().link(change("page", (n > 1) ? n : null)), n == current,
						n > previous + 1));
				previous = n;
			}
		}
		return pages;
	}

	public String previous() {
		int page = this.result.query().page();
		return (page > 1) ? this.result.query().link(change("page", (page > 2) ? page - 1 : null)) : null;
	}

	public String next() {
		int page = this.result.query().page();
		return (page < this.result.pages()) ? this.result.query().link(change("page", page + 1)) : null;
	}

	/**
	 * A facet's counts by value: 34 provinces looked up in a list of 34 was a fiftieth of
	 * a listing's CPU.
	 */
	private static Map<String, Long> counts(List<FacetCount> counts) {
		Map<String, Long> byKey = new HashMap<>();
		counts.forEach((c) -> byKey.merge(c.key(), c.count(), Long::sum));
		return byKey;
	}

	private static Map<String, Object> change(String name, Object value) {
		Map<String, Object> change = new HashMap<>();
		change.put(name, value);
		return change;
	}

}
