package vn.ocop.market.storefront.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.CacheControl;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.catalog.search.SearchClients;
import vn.ocop.market.catalog.search.SearchProperties;
import vn.ocop.market.storefront.IntegrationTest;
import vn.ocop.market.storefront.ShopCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * With Elasticsearch unreachable (a closed port), browsing by star, province and group
 * still works from PostgreSQL with a notice, search degrades to filters, product pages
 * are unaffected and nothing answers 500.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// long enough that a listing asked three times in a row is loaded once, however slow
// this machine is; RecentResultsTests prove the age is kept
@TestPropertySource(properties = "ocop.search.fallback.max-age=1m")
class SearchDownIntegrationTests {

	private static final String NOTICE = "Tìm kiếm đang tạm gián đoạn";

	@Autowired
	WebTestClient client;

	@BeforeAll
	void catalogue(@Autowired DatabaseClient db) {
		ShopCatalog.insert(db);
	}

	@Test
	void theHomePageCountsFromTheDatabaseWithANotice() {
		page("/?lang=vi").value(allOf(containsString(NOTICE), containsString("6 sản phẩm đang được công nhận"),
				containsString(ShopCatalog.TRA_SEN), containsString(ShopCatalog.NON_LA)));
	}

	@Test
	void browsingByStarThenProvinceThenGroupWorksFromTheDatabase() {
		page("/san-pham?star=4").value(allOf(containsString(NOTICE), containsString("3 sản phẩm"),
				containsString(ShopCatalog.KEO_DUA), not(containsString(ShopCatalog.TRA_SEN)),
				containsString("href=\"/san-pham?star=4&amp;province=dong-thap\"")));
		page("/san-pham?star=4&province=dong-thap").value(allOf(containsString("1 sản phẩm"),
				containsString(ShopCatalog.BANH_PHONG_TOM), not(containsString(ShopCatalog.KEO_DUA))));
		page("/san-pham?group=handicrafts&sort=price_desc")
			.value(allOf(containsString("1 sản phẩm"), containsString(ShopCatalog.NON_LA)));
	}

	@Test
	void searchingSaysTextCannotBeSearchedInsteadOfFailing() {
		page("/san-pham?q=banh+phong+tom&star=3").value(allOf(containsString(NOTICE),
				containsString("Chưa tìm được theo từ khóa “banh phong tom” lúc này"), containsString("2 sản phẩm")));
	}

	@Test
	void theApiAnswersFromTheDatabaseAndSaysFullTextIsOff() {
		this.client.get()
			.uri("/api/products?province=dong-thap&sort=price_asc")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(2)
			.jsonPath("$.fullText")
			.isEqualTo(false)
			.jsonPath("$.items[0].slug")
			.isEqualTo("banh-phong-tom-sa-dec")
			.jsonPath("$.facets.stars[?(@.key == 5)].count")
			.isEqualTo(1);
		this.client.get()
			.uri("/api/suggest?q=banh")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suggestions")
			.isEmpty();
	}

	@Test
	void eachFacetCountsWithEveryFilterButItsOwnAsElasticsearchDoes() {
		ProductApiIntegrationTests.eachFacetCountsWithEveryFilterButItsOwn(this.client);
		ProductApiIntegrationTests.aPriceRangeFiltersTheListAndEveryFacet(this.client);
	}

	@Test
	void aListingAskedAgainSharesTheFirstAnswerInsteadOfScanningAgain(@Autowired MeterRegistry meters) {
		double loads = fallback(meters, "miss");
		double shared = fallback(meters, "hit");
		for (int visit = 0; visit < 3; visit++) {
			page("/san-pham?star=3&sort=price_asc").value(allOf(containsString(NOTICE), containsString("2 sản phẩm"),
					containsString(ShopCatalog.BANH_GAI), containsString(ShopCatalog.MAT_ONG)));
		}
		assertThat(fallback(meters, "miss") - loads).isEqualTo(1);
		assertThat(fallback(meters, "hit") - shared).isEqualTo(2);
	}

	private static double fallback(MeterRegistry meters, String result) {
		return meters.get("ocop.search.fallback").tag("result", result).counter().count();
	}

	@Test
	void productAndProvincePagesAreUnaffected() {
		page("/san-pham/banh-phong-tom-sa-dec")
			.value(allOf(containsString("Bánh phồng tôm Sa Đéc"), not(containsString(NOTICE))));
		page("/tinh/dong-thap").value(containsString(ShopCatalog.TRA_SEN));
	}

	@Test
	void aListingFromTheDatabaseIsNeverKeptAsIfSearched() {
		for (int visit = 0; visit < 2; visit++) {
			this.client.get()
				.uri("/san-pham?star=5")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("X-Cache", "MISS")
				.expectHeader()
				.cacheControl(CacheControl.noStore())
				.expectBody(String.class)
				.value(containsString(NOTICE));
		}
	}

	private WebTestClient.BodySpec<String, ?> page(String uri) {
		return this.client.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClosedPort {

		@Bean
		@Primary
		ElasticsearchAsyncClient unreachableElasticsearch() {
			return SearchClients.create(new SearchProperties("http://127.0.0.1:1", "down_"));
		}

	}

}
