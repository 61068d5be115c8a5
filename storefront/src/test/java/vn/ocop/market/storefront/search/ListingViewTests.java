package vn.ocop.market.storefront.search;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.system.Bundles;
import vn.ocop.market.storefront.system.Words;

import static org.assertj.core.api.Assertions.assertThat;

class ListingViewTests {

	private final ProvinceRegistry provinces = ProvinceRegistry.standard();

	private final Words words = Bundles.words();

	@Test
	void thePagerShowsTheEndsAndTwoPagesAroundTheCurrentWithGapsBetween() {
		ListingView view = view(query("", null, ListingSort.RELEVANCE, 7), 24 * 20, Locale.forLanguageTag("vi"));
		assertThat(view.pages()).extracting(ListingView.PageLink::number).containsExactly(1, 5, 6, 7, 8, 9, 20);
		assertThat(view.pages()).extracting(ListingView.PageLink::gapBefore)
			.containsExactly(false, true, false, false, false, false, true);
		assertThat(view.pages()).filteredOn(ListingView.PageLink::current)
			.extracting(ListingView.PageLink::url)
			.containsExactly("/san-pham?page=7");
		assertThat(view.pages().get(0).url()).isEqualTo("/san-pham");
	}

	@Test
	void pagesNextToEachOtherHaveNoGap() {
		ListingView view = view(query("", null, ListingSort.RELEVANCE, 2), 24 * 4, Locale.forLanguageTag("vi"));
		assertThat(view.pages()).extracting(ListingView.PageLink::number).containsExactly(1, 2, 3, 4);
		assertThat(view.pages()).noneMatch(ListingView.PageLink::gapBefore);
	}

	@Test
	void aFormKeepsEveryOtherParameterOfTheListing() {
		ProductQuery query = new ProductQuery("trà", 4, this.provinces.bySlug("thai-nguyen").orElseThrow(),
				ProductGroup.BEVERAGES, 10_000L, 90_000L, ListingSort.PRICE_ASC, 3, ProductQuery.DEFAULT_SIZE);
		ListingView view = view(query, 500, Locale.forLanguageTag("vi"));
		assertThat(view.kept("price")).containsExactly(new ListingView.Kept("q", "trà"),
				new ListingView.Kept("star", "4"), new ListingView.Kept("province", "thai-nguyen"),
				new ListingView.Kept("group", "beverages"), new ListingView.Kept("sort", "price_asc"));
		assertThat(view.kept("sort")).containsExactly(new ListingView.Kept("q", "trà"),
				new ListingView.Kept("star", "4"), new ListingView.Kept("province", "thai-nguyen"),
				new ListingView.Kept("group", "beverages"), new ListingView.Kept("minPrice", "10000"),
				new ListingView.Kept("maxPrice", "90000"));
	}

	@Test
	void theUnfilteredListingKeepsNothing() {
		ListingView view = view(ProductQuery.all(), 500, Locale.forLanguageTag("vi"));
		assertThat(view.kept("price")).isEmpty();
		assertThat(view.kept("sort")).isEmpty();
	}

	@Test
	void theOrdersAreNamedInThePagesLanguageWithTheCurrentSelected() {
		ListingView vi = view(query("", null, ListingSort.NEWEST, 1), 10, Locale.forLanguageTag("vi"));
		assertThat(vi.sorts()).extracting(ListingView.SortOption::code)
			.containsExactly("relevance", "stars", "price_asc", "price_desc", "newest");
		assertThat(vi.sorts()).filteredOn(ListingView.SortOption::selected)
			.extracting(ListingView.SortOption::code)
			.containsExactly("newest");
		ListingView en = view(query("", null, ListingSort.PRICE_ASC, 1), 10, Locale.ENGLISH);
		assertThat(en.sorts()).extracting(ListingView.SortOption::label).contains("Price, low to high");
		assertThat(vi.sorts()).extracting(ListingView.SortOption::label).doesNotContain("Price, low to high");
	}

	private static ProductQuery query(String text, Integer stars, ListingSort sort, int page) {
		return new ProductQuery(text, stars, null, null, null, null, sort, page, ProductQuery.DEFAULT_SIZE);
	}

	private ListingView view(ProductQuery query, long total, Locale locale) {
		SearchResult result = new SearchResult(query, total, List.of(), new Facets(List.of(), List.of(), List.of()),
				true);
		return new ListingView(result, this.provinces, this.words, locale);
	}

}
