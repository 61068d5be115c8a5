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

import org.springframework.context.MessageSource;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.catalog.web.Formats;
import vn.ocop.market.scoring.ProductGroup;

/**
 * What the listing template needs beyond the result: facet options with their links, the
 * active filters with links that remove them, and the pages.
 */
final class ListingView {

	private final SearchResult result;

	private final ProvinceRegistry provinces;

	private final MessageSource messages;

	private final Locale locale;

	private final boolean english;

	ListingView(SearchResult result, ProvinceRegistry provinces, MessageSource messages, Locale locale) {
		this.result = result;
		this.provinces = provinces;
		this.messages = messages;
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
			return new Option(key, "★".repeat(stars),
					this.messages.getMessage("stars.label", new Object[] { stars }, this.locale),
					Formats.number(count(this.result.facets().stars(), key)), selected,
					query.link(change("star", selected ? null : stars)));
		}).toList();
	}

	public List<Option> provinces() {
		ProductQuery query = this.result.query();
		return this.provinces.provinces().stream().flatMap((province) -> {
			boolean selected = province.equals(query.province());
			long count = count(this.result.facets().province(), province.slug());
			return (count > 0 || selected) ? Stream.of(new Option(province.slug(),
					this.english ? province.nameEn() : province.nameVi(), null, Formats.number(count), selected,
					query.link(change("province", selected ? null : province.slug())))) : Stream.empty();
		}).toList();
	}

	public List<Option> groups() {
		ProductQuery query = this.result.query();
		return Arrays.stream(ProductGroup.values()).flatMap((group) -> {
			boolean selected = group == query.group();
			long count = count(this.result.facets().group(), group.code());
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
