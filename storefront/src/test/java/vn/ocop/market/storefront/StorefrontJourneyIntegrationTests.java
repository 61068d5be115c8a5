package vn.ocop.market.storefront;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import vn.ocop.market.testsupport.Browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A shopper's journeys in a real browser: browse by star then province, search without
 * diacritics, pick a suggestion, read a product page, and the same on a phone.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorefrontJourneyIntegrationTests {

	Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	void catalogue(@Autowired DatabaseClient db, @Autowired SearchIndex search) {
		ShopCatalog.insert(db);
		db.sql("""
				UPDATE certification SET score_a = 29.5, score_b = 17, score_c = 29,
				       issuing_authority = 'UBND tỉnh Đồng Tháp', decision_no = '1520/QĐ-UBND'
				WHERE product_id = (SELECT id FROM product WHERE slug = 'banh-phong-tom-sa-dec')""").then().block();
		db.sql("""
				UPDATE producer SET story_md = :story, address = '12 Nguyễn Sinh Sắc', commune = 'Phường Sa Đéc',
				       phone = '0277 3 861 234'
				WHERE name = 'Hợp tác xã Tân Phú'""").bind("story", """
				Ba thế hệ làm **bánh phồng tôm** bên dòng sông Sa Đéc. Tôm được chọn mỗi sáng ở chợ,
				bột năng tự xay, bánh phơi trên giàn tre dưới nắng miền Tây.

				- Không chất bảo quản
				- Đóng gói tại hợp tác xã""").then().block();
		search.rebuild();
		this.browser = Browser.start();
	}

	@AfterAll
	void stopBrowser() {
		this.browser.close();
	}

	@Test
	void browsesByStarThenProvince() {
		Page page = this.browser.desktop();
		page.navigate(url("/?lang=vi"));
		assertThat(page.locator("h1")).hasText("Sản phẩm OCOP Việt Nam");
		Browser.screenshot(page, "storefront-home");
		page.locator("[data-stars='4'] a").click();
		assertThat(page.locator(".summary")).containsText("3 sản phẩm");
		page.locator("a[data-facet='province'][data-key='dong-thap']").click();
		assertThat(page.locator(".summary")).containsText("1 sản phẩm");
		assertThat(page.locator(".card-title")).hasText(ShopCatalog.BANH_PHONG_TOM);
		assertThat(page.locator(".chips")).containsText("Đồng Tháp");
		Browser.screenshot(page, "storefront-listing-4-stars-dong-thap");
	}

	@Test
	void searchesWithoutDiacritics() {
		Page page = this.browser.desktop();
		page.navigate(url("/?lang=vi"));
		page.getByLabel("Tìm sản phẩm OCOP").fill("banh phong tom");
		page.getByLabel("Tìm sản phẩm OCOP").press("Enter");
		assertThat(page.locator("h1")).hasText("Kết quả cho “banh phong tom”");
		assertThat(page.locator(".card-title mark").first()).hasText("Bánh");
		Browser.screenshot(page, "storefront-search-banh-phong-tom");
	}

	@Test
	void picksASuggestionWhileTyping() {
		Page page = this.browser.desktop();
		page.navigate(url("/san-pham?lang=vi"));
		page.getByLabel("Tìm sản phẩm OCOP")
			.pressSequentially("tra se", new Locator.PressSequentiallyOptions().setDelay(60));
		assertThat(page.locator("#site-search-list li").first()).containsText(ShopCatalog.TRA_SEN);
		Browser.screenshot(page, "storefront-autocomplete");
		page.getByLabel("Tìm sản phẩm OCOP").press("ArrowDown");
		page.getByLabel("Tìm sản phẩm OCOP").press("Enter");
		assertThat(page.locator("h1")).hasText(ShopCatalog.TRA_SEN);
	}

	@Test
	void readsAProductPage() {
		Page page = this.browser.desktop();
		page.navigate(url("/san-pham/banh-phong-tom-sa-dec?lang=vi"));
		assertThat(page.locator("h1")).hasText(ShopCatalog.BANH_PHONG_TOM);
		assertThat(page.locator(".ocop-badge")).containsText("Sản phẩm OCOP 4 sao");
		assertThat(page.locator(".cert")).containsText("1520/QĐ-UBND");
		assertThat(page.locator(".producer-card")).containsText("Ba thế hệ làm bánh phồng tôm");
		Browser.screenshot(page, "storefront-product");
		page.navigate(url("/san-pham/keo-lac-sa-dec"));
		assertThat(page.locator(".notice.expired")).containsText("Giấy chứng nhận OCOP đã hết hạn");
		Browser.screenshot(page, "storefront-product-expired");
	}

	@Test
	void worksOnAPhone() {
		Page phone = this.browser.phone();
		phone.navigate(url("/?lang=vi"));
		assertThat(phone.locator("h1")).isVisible();
		Browser.screenshot(phone, "storefront-home-phone");
		phone.navigate(url("/san-pham?q=hai+duong"));
		assertThat(phone.locator(".card-title")).hasText(ShopCatalog.BANH_GAI);
		Browser.screenshot(phone, "storefront-search-phone");
		phone.navigate(url("/san-pham/banh-phong-tom-sa-dec"));
		assertThat(phone.locator(".price.big")).containsText("65.000 ₫");
		Browser.screenshot(phone, "storefront-product-phone");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
