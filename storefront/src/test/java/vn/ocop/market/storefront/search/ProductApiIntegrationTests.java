package vn.ocop.market.storefront.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.storefront.IntegrationTest;
import vn.ocop.market.storefront.SearchIndex;
import vn.ocop.market.storefront.ShopCatalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * {@code /api/products} and {@code /api/suggest}: the JSON shape, filters with facets
 * that honour the other filters, orders, pages, and clear 400s.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductApiIntegrationTests {

	@Autowired
	WebTestClient client;

	@BeforeAll
	void catalogue(@Autowired SearchIndex search) {
		search.fill(ShopCatalog::insert);
	}

	@Test
	void theListingHasTheDocumentedShape() {
		api("/api/products?q=banh+phong+tom").jsonPath("$.total")
			.isEqualTo(1)
			.jsonPath("$.page")
			.isEqualTo(1)
			.jsonPath("$.size")
			.isEqualTo(24)
			.jsonPath("$.items[0].slug")
			.isEqualTo("banh-phong-tom-sa-dec")
			.jsonPath("$.items[0].name")
			.isEqualTo(ShopCatalog.BANH_PHONG_TOM)
			.jsonPath("$.items[0].stars")
			.isEqualTo(4)
			.jsonPath("$.items[0].priceVnd")
			.isEqualTo(65000)
			.jsonPath("$.items[0].group")
			.isEqualTo("food")
			.jsonPath("$.items[0].producer.name")
			.isEqualTo("Hợp tác xã Tân Phú")
			.jsonPath("$.items[0].province.slug")
			.isEqualTo("dong-thap")
			.jsonPath("$.items[0].province.name")
			.isEqualTo("Đồng Tháp")
			.jsonPath("$.facets.stars[0].key")
			.isEqualTo(4)
			.jsonPath("$.facets.province[0].key")
			.isEqualTo("dong-thap")
			.jsonPath("$.facets.group[0].key")
			.isEqualTo("food");
	}

	@Test
	void eachFacetCountsWithEveryFilterButItsOwn() {
		eachFacetCountsWithEveryFilterButItsOwn(this.client);
	}

	/**
	 * Shared with the listing from PostgreSQL, which must count as Elasticsearch does.
	 */
	static void eachFacetCountsWithEveryFilterButItsOwn(WebTestClient client) {
		api(client, "/api/products?star=4&group=food").jsonPath("$.total")
			.isEqualTo(2)
			// stars: food products of any star
			.jsonPath("$.facets.stars[?(@.key == 4)].count")
			.isEqualTo(2)
			.jsonPath("$.facets.stars[?(@.key == 3)].count")
			.isEqualTo(1)
			.jsonPath("$.facets.stars[?(@.key == 5)]")
			.isEmpty()
			// groups: 4-star products of any group
			.jsonPath("$.facets.group[?(@.key == 'food')].count")
			.isEqualTo(2)
			.jsonPath("$.facets.group[?(@.key == 'handicrafts')].count")
			.isEqualTo(1)
			// provinces: 4-star food products
			.jsonPath("$.facets.province[?(@.key == 'dong-thap')].count")
			.isEqualTo(1)
			.jsonPath("$.facets.province[?(@.key == 'vinh-long')].count")
			.isEqualTo(1)
			.jsonPath("$.facets.province[?(@.key == 'hue')]")
			.isEmpty();
	}

	@Test
	void aPriceRangeFiltersTheListAndEveryFacet() {
		aPriceRangeFiltersTheListAndEveryFacet(this.client);
	}

	static void aPriceRangeFiltersTheListAndEveryFacet(WebTestClient client) {
		api(client, "/api/products?minPrice=60000&maxPrice=150000").jsonPath("$.total")
			.isEqualTo(3)
			.jsonPath("$.items[*].slug")
			.value(not(hasItem("keo-dua-ben-tre")))
			.jsonPath("$.facets.stars[?(@.key == 5)]")
			.isEmpty();
	}

	@Test
	void sortsByPriceStarsAndNewest() {
		api("/api/products?sort=price_asc").jsonPath("$.items[*].priceVnd")
			.value(contains(45000, 65000, 90000, 120000, 180000, 250000));
		api("/api/products?sort=price_desc&size=2").jsonPath("$.items[*].priceVnd").value(contains(250000, 180000));
		api("/api/products?sort=stars&size=1").jsonPath("$.items[0].slug").isEqualTo("tra-sen-thap-muoi");
		api("/api/products?sort=newest&size=2").jsonPath("$.items[*].slug")
			.value(contains("non-la-bai-tho", "tra-sen-thap-muoi"));
	}

	@Test
	void pagesAreNumberedFromOneAndSizeIsCapped() {
		api("/api/products?sort=price_asc&size=2&page=2").jsonPath("$.total")
			.isEqualTo(6)
			.jsonPath("$.page")
			.isEqualTo(2)
			.jsonPath("$.items[*].priceVnd")
			.value(contains(90000, 120000));
		api("/api/products?size=500").jsonPath("$.size").isEqualTo(48);
	}

	@Test
	void invalidParametersAreRefusedWithAClearMessage() {
		badRequest("/api/products?star=7").jsonPath("$.error")
			.isEqualTo("INVALID_PARAMETER")
			.jsonPath("$.errors[0].parameter")
			.isEqualTo("star")
			.jsonPath("$.errors[0].code")
			.isEqualTo("OUT_OF_RANGE")
			.jsonPath("$.message")
			.isEqualTo("Tham số star có giá trị 7 nằm ngoài khoảng cho phép.");
		badRequest("/api/products?province=atlantis").jsonPath("$.errors[0].code").isEqualTo("UNKNOWN_VALUE");
		badRequest("/api/products?minPrice=abc").jsonPath("$.errors[0].code").isEqualTo("NOT_A_NUMBER");
		badRequest("/api/products?minPrice=9&maxPrice=1").jsonPath("$.errors[0].code").isEqualTo("MIN_ABOVE_MAX");
		badRequest("/api/products?sort=cheapest").jsonPath("$.errors[0].parameter").isEqualTo("sort");
		badRequest("/api/products?page=0").jsonPath("$.errors[0].parameter").isEqualTo("page");
		badRequest("/api/products?page=1000&size=48").jsonPath("$.errors[0].code").isEqualTo("PAGE_TOO_DEEP");
		badRequest("/api/products?q=" + "a".repeat(201)).jsonPath("$.errors[0].code").isEqualTo("TOO_LONG");
		this.client.get()
			.uri("/api/products?group=candy")
			.header("Accept-Language", "en")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message")
			.isEqualTo("Parameter group does not accept \"candy\".");
	}

	@Test
	void suggestionsCompleteWhatIsTypedWithOrWithoutDiacritics() {
		api("/api/suggest?q=banh+ph").jsonPath("$.suggestions[0].name")
			.isEqualTo(ShopCatalog.BANH_PHONG_TOM)
			.jsonPath("$.suggestions[0].url")
			.isEqualTo("/san-pham/banh-phong-tom-sa-dec")
			.jsonPath("$.suggestions[0].stars")
			.isEqualTo(4);
		api("/api/suggest?q=Trà sen").jsonPath("$.suggestions[0].slug").isEqualTo("tra-sen-thap-muoi");
		api("/api/suggest?q=keo").jsonPath("$.suggestions[*].name")
			.value(contains(ShopCatalog.KEO_DUA))
			.jsonPath("$.suggestions[*].name")
			.value(not(hasItem(ShopCatalog.EXPIRED)))
			.jsonPath("$.suggestions[*].name")
			.value(not(hasItem(ShopCatalog.LAPSED)));
		api("/api/suggest?q=").jsonPath("$.suggestions").isEmpty();
	}

	@Test
	void theSearchBoxOffersSuggestionsAsAnEnhancement() {
		this.client.get()
			.uri("/san-pham")
			.exchange()
			.expectBody(String.class)
			.value(containsString("data-suggest=\"/api/suggest\""));
	}

	private WebTestClient.BodyContentSpec api(String uri) {
		return api(this.client, uri);
	}

	private static WebTestClient.BodyContentSpec api(WebTestClient client, String uri) {
		return client.get().uri(uri).exchange().expectStatus().isOk().expectBody();
	}

	private WebTestClient.BodyContentSpec badRequest(String uri) {
		return this.client.get().uri(uri).exchange().expectStatus().isBadRequest().expectBody();
	}

}
