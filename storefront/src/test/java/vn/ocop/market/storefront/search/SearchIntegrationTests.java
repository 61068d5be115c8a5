package vn.ocop.market.storefront.search;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.catalog.search.ProductIndex;
import vn.ocop.market.storefront.IntegrationTest;
import vn.ocop.market.storefront.SearchIndex;
import vn.ocop.market.storefront.ShopCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The listing page searched as a shopper types: without diacritics, by producer, by a
 * province's name before the merger, with typos; matches highlighted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIntegrationTests {

	@Autowired
	WebTestClient client;

	@BeforeAll
	void catalogue(@Autowired SearchIndex search) {
		search.fill(ShopCatalog::insert);
	}

	@Test
	void searchWithoutDiacriticsFindsTheVietnameseNameAndHighlightsIt() {
		listing("/san-pham?q=banh+phong+tom&lang=vi").value(allOf(containsString("Kết quả cho “banh phong tom”"),
				containsString("<mark>Bánh</mark> <mark>phồng</mark> <mark>tôm</mark> Sa Đéc"),
				not(containsString(ShopCatalog.TRA_SEN)), not(containsString("Tìm kiếm đang tạm gián đoạn"))));
	}

	@Test
	void searchWithDiacriticsFindsTheSameProduct() {
		listing("/san-pham?q=Bánh phồng tôm").value(containsString("<mark>Bánh</mark> <mark>phồng</mark>"));
	}

	@Test
	void searchFindsAProductByItsProducer() {
		listing("/san-pham?q=ong+vang+buon+ma+thuot").value(allOf(containsString(ShopCatalog.MAT_ONG),
				containsString("1 sản phẩm"), not(containsString(ShopCatalog.BANH_PHONG_TOM))));
	}

	@Test
	void aFormerProvinceNameFindsProductsOfTheProvinceItWasMergedInto() {
		listing("/san-pham?q=Hải Dương")
			.value(allOf(containsString(ShopCatalog.BANH_GAI), containsString("(trước đây: Hải Dương)"),
					containsString("Hải Phòng"), not(containsString(ShopCatalog.KEO_DUA))));
		listing("/san-pham?q=ben+tre").value(containsString(ShopCatalog.KEO_DUA));
	}

	@Test
	void smallTyposAreForgiven() {
		listing("/san-pham?q=banh+phongg+tomm").value(containsString("Sa Đéc"));
		listing("/san-pham?q=non+laa").value(containsString(ShopCatalog.NON_LA));
	}

	@Test
	void expiredAndHiddenProductsNeverAppear() {
		listing("/san-pham?q=keo+lac").value(not(containsString(ShopCatalog.EXPIRED)));
		listing("/san-pham?q=keo+me+xung")
			.value(allOf(containsString("Không có sản phẩm nào phù hợp"), not(containsString(ShopCatalog.LAPSED))));
		listing("/san-pham?q=banh+trang").value(not(containsString(ShopCatalog.HIDDEN)));
		listing("/san-pham").value(allOf(containsString("6 sản phẩm"), not(containsString(ShopCatalog.EXPIRED)),
				not(containsString(ShopCatalog.HIDDEN))));
	}

	@Test
	void facetLinksNarrowTheListAndKeepTheOtherFilters() {
		listing("/san-pham?star=4").value(allOf(containsString("3 sản phẩm"), containsString(ShopCatalog.NON_LA),
				not(containsString(ShopCatalog.TRA_SEN)),
				containsString("href=\"/san-pham?star=4&amp;province=dong-thap\""),
				containsString("href=\"/san-pham?star=5\"")));
		listing("/san-pham?star=4&province=dong-thap").value(allOf(containsString("1 sản phẩm"),
				containsString(ShopCatalog.BANH_PHONG_TOM), containsString("Xóa tất cả bộ lọc")));
	}

	@Test
	void aRepeatedListingIsAnsweredFromElasticsearchsRequestCache(@Autowired ElasticsearchAsyncClient elasticsearch,
			@Autowired ProductIndex index) {
		listing("/san-pham?star=3&sort=price_asc").value(containsString(ShopCatalog.MAT_ONG));
		long before = requestCacheHits(elasticsearch, index);
		// rendered again, not taken from the page cache
		this.client.get()
			.uri("/san-pham?star=3&sort=price_asc")
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			.exchange()
			.expectBody(String.class)
			.value(containsString(ShopCatalog.MAT_ONG));
		assertThat(requestCacheHits(elasticsearch, index)).isGreaterThan(before);
	}

	private static long requestCacheHits(ElasticsearchAsyncClient elasticsearch, ProductIndex index) {
		return elasticsearch.indices()
			.stats((s) -> s.index(index.alias()).metric("request_cache"))
			.join()
			.all()
			.total()
			.requestCache()
			.hitCount();
	}

	@Test
	void invalidParametersOnThePageAreIgnoredNotRefused() {
		listing("/san-pham?star=9&province=atlantis&page=x").value(containsString("6 sản phẩm"));
	}

	@Test
	void theFormWorksWithoutJavaScriptAndInEnglish() {
		listing("/san-pham?q=tra+sen&lang=en").value(allOf(containsString("Results for “tra sen”"),
				containsString("action=\"/san-pham\""), containsString("name=\"minPrice\""),
				containsString("<option value=\"price_asc\">Price, low to high</option>")));
	}

	@Test
	void thePagerLinksTheEndsAndTheNeighboursWithAGapBetween() {
		listing("/san-pham?size=1&page=5").value(allOf(containsString("rel=\"prev\""), containsString("rel=\"next\""),
				containsString("<a href=\"/san-pham\">1</a>"),
				containsString("<span class=\"gap\" aria-hidden=\"true\">…</span>"),
				containsString("<a href=\"/san-pham?page=5\" aria-current=\"page\" class=\"on\">5</a>"),
				not(containsString("?page=2\">2</a>"))));
	}

	@Test
	void theFormsKeepTheOtherFiltersAndTheOrderShowsAsChosen() {
		listing("/san-pham?q=tra&star=4&sort=newest&minPrice=1000")
			.value(allOf(containsString("<input type=\"hidden\" name=\"q\" value=\"tra\">"),
					containsString("<input type=\"hidden\" name=\"star\" value=\"4\">"),
					containsString("<input type=\"hidden\" name=\"sort\" value=\"newest\">"),
					containsString("<input type=\"hidden\" name=\"minPrice\" value=\"1000\">"),
					containsString("<option value=\"newest\" selected=\"selected\">Mới công nhận</option>")));
	}

	/**
	 * Through the real server (compression is Netty's), not the bound test client.
	 */
	@Test
	void pagesAreCompressedForClientsThatAcceptIt(@LocalServerPort int port) throws Exception {
		HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/san-pham")).build();
		HttpRequest gzip = HttpRequest.newBuilder(page.uri()).header(HttpHeaders.ACCEPT_ENCODING, "gzip").build();
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> plain = http.send(page, HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
		assertThat(plain.body()).contains(ShopCatalog.BANH_PHONG_TOM);
		HttpResponse<InputStream> compressed = http.send(gzip, HttpResponse.BodyHandlers.ofInputStream());
		assertThat(compressed.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
		try (InputStream body = new GZIPInputStream(compressed.body())) {
			assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains(ShopCatalog.BANH_PHONG_TOM);
		}
	}

	private WebTestClient.BodySpec<String, ?> listing(String uri) {
		return this.client.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class);
	}

}
