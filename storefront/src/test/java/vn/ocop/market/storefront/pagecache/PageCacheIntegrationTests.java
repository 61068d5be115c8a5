package vn.ocop.market.storefront.pagecache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.storefront.IntegrationTest;
import vn.ocop.market.storefront.SearchIndex;
import vn.ocop.market.storefront.ShopCatalog;
import vn.ocop.market.storefront.Shopper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Listings and product pages come from memory while what they show has not changed, and
 * never stay behind it: a listing at most one index refresh interval after the index
 * changed, a product page not at all after its product's change is committed. The
 * visitor's own parts (CSRF token, cart count) are never shared.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "ocop.page-cache.enabled=true")
class PageCacheIntegrationTests {

	private static final Duration REFRESH = Duration.ofSeconds(1);

	private static final String PRODUCT = "/san-pham/banh-phong-tom-sa-dec";

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	SearchIndex index;

	@BeforeAll
	void catalogue(@Autowired StockLedger ledger) {
		this.index.fill(ShopCatalog::insert);
		long traSen = this.db.sql("SELECT id FROM product WHERE name = :name")
			.bind("name", ShopCatalog.TRA_SEN)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
		long warehouse = StockFixtures.location("Kho Đồng Tháp").warehouse().insert(this.db);
		ledger.apply(Movement.receive(warehouse, traSen, 10, null, "setup")).block();
	}

	@Test
	void aListingIsKeptBeyondTheRefreshIntervalWhileTheIndexDoesNotChange() {
		get("/san-pham?star=5");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			EntityExchangeResult<String> page = get("/san-pham?star=5");
			assertThat(page.getResponseHeaders().getFirst(PageCache.HEADER)).isEqualTo("HIT");
			assertThat(Long.parseLong(page.getResponseHeaders().getFirst(HttpHeaders.AGE)))
				.isGreaterThan(REFRESH.toSeconds());
		});
		assertThat(get("/san-pham?star=5").getResponseBody()).contains(ShopCatalog.TRA_SEN);
	}

	@Test
	void aListingIsNeverOlderThanTheRefreshIntervalOnceTheIndexChanged() {
		String listing = "/san-pham?province=ben-tre";
		get(listing);
		assertThat(get(listing).getResponseHeaders().getFirst(PageCache.HEADER)).isEqualTo("HIT");
		rename(ShopCatalog.KEO_DUA, "Kẹo dừa sáp Bến Tre");
		this.index.rebuild();
		long changed = System.nanoTime();
		List<Long> staleAfter = new ArrayList<>();
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			long sent = System.nanoTime();
			boolean fresh = get(listing).getResponseBody().contains("Kẹo dừa sáp Bến Tre");
			if (!fresh) {
				staleAfter.add(sent - changed);
			}
			return fresh;
		});
		assertThat(staleAfter).allSatisfy((nanos) -> assertThat(nanos).isLessThanOrEqualTo(REFRESH.toNanos()));
	}

	@Test
	void aProductPageIsNeverOlderThanTheProductsLastCommittedChange() {
		get(PRODUCT);
		EntityExchangeResult<String> kept = get(PRODUCT);
		assertThat(kept.getResponseHeaders().getFirst(PageCache.HEADER)).isEqualTo("HIT");
		assertThat(kept.getResponseBody()).contains("<h1>" + ShopCatalog.BANH_PHONG_TOM + "</h1>");

		this.db.sql("UPDATE product SET price_vnd = 69000 WHERE slug = 'banh-phong-tom-sa-dec'").then().block();
		EntityExchangeResult<String> changed = get(PRODUCT);
		assertThat(changed.getResponseHeaders().getFirst(PageCache.HEADER)).isEqualTo("MISS");
		assertThat(changed.getResponseBody()).contains("69.000 ₫").doesNotContain("65.000 ₫");
		assertThat(get(PRODUCT).getResponseHeaders().getFirst(PageCache.HEADER)).isEqualTo("HIT");
	}

	@Test
	void eachVisitorGetsTheirOwnTokenAndCartCountOnAKeptPage() {
		String slug = "/san-pham/tra-sen-thap-muoi";
		get(slug);
		EntityExchangeResult<String> someone = this.client.get()
			.uri(slug)
			.header(HttpHeaders.COOKIE, "OCOP_CART_N=3")
			.exchange()
			.expectBody(String.class)
			.returnResult();
		EntityExchangeResult<String> other = get(slug);
		assertThat(someone.getResponseHeaders().getFirst(PageCache.HEADER)).isEqualTo("HIT");
		assertThat(other.getResponseHeaders().getFirst(PageCache.HEADER)).isEqualTo("HIT");
		assertThat(someone.getResponseBody()).contains("data-cart-count>3<");
		assertThat(other.getResponseBody()).contains("data-cart-count>0<");
	}

	@Test
	void theTokenOnAKeptPageIsAcceptedByTheForms() {
		Shopper first = new Shopper(this.client);
		first.get("/san-pham/tra-sen-thap-muoi");
		Shopper shopper = new Shopper(this.client);
		EntityExchangeResult<String> page = shopper.get("/san-pham/tra-sen-thap-muoi");
		assertThat(page.getResponseHeaders().getFirst(PageCache.HEADER)).isEqualTo("HIT");
		assertThat(page.getResponseBody()).contains("name=\"_csrf\"");
		assertThat(shopper.cookie("XSRF-TOKEN")).isNotNull().isNotEqualTo(first.cookie("XSRF-TOKEN"));
		EntityExchangeResult<String> lookup = shopper.post("/tra-cuu-don-hang", "reference", "OCOP-NONE", "phone",
				"0912345678");
		assertThat(lookup.getStatus()).isNotEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aReturningVisitorKeepsTheirTokenOnAKeptPage() {
		String slug = "/san-pham/tra-sen-thap-muoi";
		Shopper shopper = new Shopper(this.client);
		shopper.get(slug);
		String token = shopper.cookie("XSRF-TOKEN");
		EntityExchangeResult<String> kept = shopper.get(slug);
		assertThat(kept.getResponseHeaders().getFirst(PageCache.HEADER)).isEqualTo("HIT");
		assertThat(kept.getResponseCookies()).doesNotContainKey("XSRF-TOKEN");
		assertThat(token).isNotNull().isEqualTo(shopper.cookie("XSRF-TOKEN"));
		String keptToken = shopper.csrf();
		assertThat(keptToken).isNotNull();
		EntityExchangeResult<String> lookup = shopper.post("/tra-cuu-don-hang", "reference", "OCOP-NONE", "phone",
				"0912345678");
		assertThat(lookup.getStatus()).isNotEqualTo(HttpStatus.FORBIDDEN);
		Shopper stranger = new Shopper(this.client);
		stranger.get("/san-pham");
		assertThat(stranger.cookie("XSRF-TOKEN")).isNotEqualTo(token);
		EntityExchangeResult<String> foreign = this.client.post()
			.uri("/tra-cuu-don-hang")
			.header(HttpHeaders.COOKIE, "XSRF-TOKEN=" + stranger.cookie("XSRF-TOKEN"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("_csrf=" + keptToken + "&reference=OCOP-NONE&phone=0912345678")
			.exchange()
			.expectBody(String.class)
			.returnResult();
		assertThat(foreign.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aKeptPageIsSentWithTheHeadersOfTheRenderedOne() {
		String slug = "/san-pham/banh-gai-ninh-giang";
		EntityExchangeResult<String> rendered = get(slug);
		EntityExchangeResult<String> kept = get(slug);
		assertThat(rendered.getResponseHeaders().getFirst(PageCache.HEADER)).isEqualTo("MISS");
		assertThat(kept.getResponseHeaders().getFirst(PageCache.HEADER)).isEqualTo("HIT");
		for (String name : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
				"Referrer-Policy", HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.VARY,
				HttpHeaders.ETAG)) {
			assertThat(kept.getResponseHeaders().get(name)).as(name)
				.isNotEmpty()
				.isEqualTo(rendered.getResponseHeaders().get(name));
		}
	}

	@Test
	void aKeptPageAnswersNotModifiedToItsETag() {
		String slug = "/san-pham/non-la-bai-tho";
		get(slug);
		EntityExchangeResult<String> kept = get(slug);
		assertThat(kept.getResponseHeaders().getFirst(PageCache.HEADER)).isEqualTo("HIT");
		this.client.get()
			.uri(slug)
			.header(HttpHeaders.IF_NONE_MATCH, kept.getResponseHeaders().getETag())
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectBody()
			.isEmpty();
	}

	@Test
	void eachLanguageHasItsOwnPage() {
		get("/san-pham?group=herbal");
		assertThat(get("/san-pham?group=herbal").getResponseHeaders().getFirst(PageCache.HEADER)).isEqualTo("HIT");
		EntityExchangeResult<String> english = this.client.get()
			.uri("/san-pham?group=herbal")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectBody(String.class)
			.returnResult();
		assertThat(english.getResponseBody()).contains("lang=\"en\"");
		assertThat(get("/san-pham?group=herbal").getResponseBody()).contains("lang=\"vi\"");
	}

	private void rename(String name, String newName) {
		this.db.sql("UPDATE product SET name = :new WHERE name = :old")
			.bind("new", newName)
			.bind("old", name)
			.then()
			.block();
	}

	private EntityExchangeResult<String> get(String uri) {
		return this.client.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class).returnResult();
	}

}
