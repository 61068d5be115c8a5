package vn.ocop.market.storefront.producer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.storefront.IntegrationTest;
import vn.ocop.market.storefront.ShopCatalog;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Producer and province pages, and the sitemap and robots.txt that lead search engines to
 * them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProducerAndProvincePagesIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	long producerId;

	@BeforeAll
	void catalogue() {
		ShopCatalog.insert(this.db);
		this.db.sql("""
				UPDATE producer SET story_md = 'Sen **Tháp Mười** <b>tươi</b>', phone = '0277 3 123 456',
				       website = 'senthapmuoi.vn', address = 'Ấp 3', commune = 'Xã Tháp Mười'
				WHERE name = 'Hợp tác xã Sen Tháp Mười'""").then().block();
		this.producerId = this.db.sql("SELECT id FROM producer WHERE name = 'Hợp tác xã Sen Tháp Mười'")
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
	}

	@Test
	void theProducerPageTellsTheirStoryAndListsTheirProducts() {
		page("/nha-san-xuat/" + this.producerId + "-hop-tac-xa-sen-thap-muoi")
			.value(allOf(containsString("<h1>Hợp tác xã Sen Tháp Mười</h1>"), containsString("Hợp tác xã · "),
					containsString("Sen <strong>Tháp Mười</strong> &lt;b&gt;tươi&lt;/b&gt;"),
					containsString("href=\"tel:0277 3 123 456\""), containsString("href=\"https://senthapmuoi.vn\""),
					containsString("Ấp 3, Xã Tháp Mười"), containsString(ShopCatalog.TRA_SEN),
					not(containsString(ShopCatalog.BANH_PHONG_TOM))));
	}

	@Test
	void aProducerAddressWithoutItsNameRedirectsToTheFullOne() {
		this.client.get()
			.uri("/nha-san-xuat/" + this.producerId)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.MOVED_PERMANENTLY)
			.expectHeader()
			.location("/nha-san-xuat/" + this.producerId + "-hop-tac-xa-sen-thap-muoi");
		this.client.get().uri("/nha-san-xuat/999999").exchange().expectStatus().isNotFound();
		this.client.get().uri("/nha-san-xuat/abc").exchange().expectStatus().isNotFound();
	}

	@Test
	void theProvincePageNamesItsFormerProvincesAndCountsByStar() {
		page("/tinh/hai-phong?lang=vi").value(allOf(containsString("Sản phẩm OCOP Hải Phòng"),
				containsString("Hải Dương"), containsString("href=\"/san-pham?province=hai-phong&amp;star=3\""),
				containsString(ShopCatalog.BANH_GAI), not(containsString(ShopCatalog.KEO_DUA))));
		page("/tinh/dong-thap").value(allOf(containsString(ShopCatalog.TRA_SEN),
				containsString(ShopCatalog.BANH_PHONG_TOM), not(containsString(ShopCatalog.EXPIRED))));
		this.client.get().uri("/tinh/atlantis").exchange().expectStatus().isNotFound();
	}

	@Test
	void theSitemapListsListedProductsProducersAndProvinces() {
		page("/sitemap.xml").value(allOf(
				containsString("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"),
				containsString("/san-pham/banh-phong-tom-sa-dec</loc><lastmod>"), containsString("/tinh/ca-mau</loc>"),
				containsString("/nha-san-xuat/" + this.producerId + "-hop-tac-xa-sen-thap-muoi</loc>"),
				not(containsString("keo-lac-sa-dec")), not(containsString("banh-trang-an")),
				containsString("</urlset>")));
	}

	@Test
	void robotsPointsToTheSitemapAndKeepsCrawlersOffTheApi() {
		page("/robots.txt").value(allOf(containsString("Disallow: /api/"), containsString("Sitemap: http://localhost:"),
				containsString("/sitemap.xml")));
	}

	private WebTestClient.BodySpec<String, ?> page(String uri) {
		return this.client.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class);
	}

}
