package vn.ocop.market.storefront.home;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.storefront.IntegrationTest;
import vn.ocop.market.storefront.SearchIndex;
import vn.ocop.market.storefront.ShopCatalog;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageIntegrationTests {

	@Autowired
	WebTestClient client;

	@BeforeAll
	void catalogue(@Autowired SearchIndex search) {
		search.fill(ShopCatalog::insert);
	}

	@Test
	void browsesByStarProvinceAndGroupWithCountsFromSearch() {
		this.client.get()
			.uri("/?lang=vi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(allOf(containsString("6 sản phẩm đang được công nhận"),
					matchesPattern("(?s).*data-stars=\"5\">\\s*<a class=\"tile\" href=\"/san-pham\\?star=5\">.*"),
					matchesPattern("(?s).*href=\"/san-pham\\?star=4\">.*?3 sản phẩm.*"),
					matchesPattern(
							"(?s).*href=\"/tinh/dong-thap\"><span>Đồng Tháp</span>\\s*<span class=\"count\">2</span>.*"),
					matchesPattern(
							"(?s).*href=\"/tinh/ha-noi\" class=\"none\"><span>Hà Nội</span>\\s*<span class=\"count\">0</span>.*"),
					matchesPattern("(?s).*href=\"/san-pham\\?group=food\">.*?3 sản phẩm.*"),
					not(containsString("Tìm kiếm đang tạm gián đoạn"))));
	}

	@Test
	void featuresFiveStarProductsAndTheRecentlyCertified() {
		this.client.get()
			.uri("/?lang=vi")
			.exchange()
			.expectBody(String.class)
			.value(allOf(containsString("Sản phẩm 5 sao tiêu biểu"), containsString(ShopCatalog.TRA_SEN),
					containsString("Mới được công nhận"), containsString(ShopCatalog.NON_LA),
					containsString("65.000 ₫"), not(containsString(ShopCatalog.EXPIRED)),
					not(containsString(ShopCatalog.HIDDEN))));
	}

	@Test
	void speaksEnglishOnRequestAndOffersTheSwitchBack() {
		this.client.get()
			.uri("/?lang=en")
			.exchange()
			.expectBody(String.class)
			.value(allOf(containsString("Recently certified"), containsString("By province or city"),
					containsString("<html lang=\"en\">"), containsString("href=\"/?lang=vi\"")));
	}

	@Test
	void healthIsUp() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

}
