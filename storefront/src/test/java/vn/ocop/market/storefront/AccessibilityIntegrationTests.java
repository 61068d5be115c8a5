package vn.ocop.market.storefront;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.fixtures.TraceFixtures;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.testsupport.Axe;
import vn.ocop.market.testsupport.Browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * Every storefront page, as a new visitor opens it on a phone, passes axe-core's WCAG 2.1
 * A and AA rules: home, listing, search, product, province, producer, where to buy, the
 * GS1 resolver and a lot's journey, the cart, both checkout steps, the order page, the
 * order look-up and the not-found page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIntegrationTests {

	static final String GTIN = "08936001230015";

	Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	void catalogue(@Autowired DatabaseClient db, @Autowired SearchIndex search, @Autowired StockLedger ledger) {
		ShopCatalog.insert(db);
		long honey = product("Mật ong bạc hà Mèo Vạc").stars(4).province("08").gtin(GTIN).price(210_000L).insert(db);
		TraceFixtures.batch(honey, "MV-2611").quantity(300).insert(db);
		long warehouse = StockFixtures.location("Kho OCOP Đồng Tháp").warehouse().province("82").insert(db);
		long showroom = StockFixtures.location("Điểm bán OCOP Sa Đéc").province("82").insert(db);
		long banh = db.sql("SELECT id FROM product WHERE slug = 'banh-phong-tom-sa-dec'")
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block();
		ledger.apply(Movement.receive(warehouse, banh, 20, null, "setup")).block();
		ledger.apply(Movement.receive(showroom, banh, 5, null, "setup")).block();
		ledger.apply(Movement.receive(warehouse, honey, 5, null, "setup")).block();
		search.rebuild();
		this.browser = Browser.start();
	}

	@AfterAll
	void stopBrowser() {
		this.browser.close();
	}

	@Test
	void everyPageOfTheShopPassesWcag21AA() {
		Page phone = this.browser.phone();
		Map<String, List<String>> violations = new LinkedHashMap<>();
		check(phone, "home", "/?lang=vi", violations);
		check(phone, "listing", "/san-pham?stars=4", violations);
		check(phone, "search", "/san-pham?q=banh+phong", violations);
		check(phone, "product", "/san-pham/banh-phong-tom-sa-dec", violations);
		check(phone, "province", "/tinh/dong-thap", violations);
		phone.navigate(url("/san-pham/banh-phong-tom-sa-dec"));
		phone.locator("a[href^='/nha-san-xuat/']").first().click();
		check(phone, "producer", null, violations);
		check(phone, "sales-points", "/diem-ban", violations);
		check(phone, "resolver-product", "/01/" + GTIN, violations);
		check(phone, "resolver-lot", "/01/" + GTIN + "/10/MV-2611", violations);
		check(phone, "not-found", "/san-pham/khong-co-san-pham-nay", violations);

		phone.navigate(url("/san-pham/banh-phong-tom-sa-dec"));
		phone.locator("form.add-to-cart.big button.add").click();
		assertThat(phone.locator(".cart-count")).hasText("1");
		check(phone, "cart", "/gio-hang", violations);
		phone.locator("a.button.primary[href='/thanh-toan']").click();
		check(phone, "checkout", null, violations);
		phone.locator("#name").fill("Trần Thị Mai");
		phone.locator("#phone").fill("0912 345 678");
		phone.locator("#province").fill("Đồng Tháp");
		phone.locator("#address").fill("12 Nguyễn Sinh Sắc, phường Sa Đéc");
		phone.locator("button[type=submit].primary").click();
		check(phone, "checkout-priced", null, violations);
		phone.locator("button[type=submit].primary.big").click();
		assertThat(phone.locator("h1")).containsText("DH");
		check(phone, "order", null, violations);
		check(phone, "order-lookup", "/tra-cuu-don-hang", violations);
		phone.locator("#phone").fill("0900000000");
		phone.locator("#reference").fill("DH00000000");
		phone.locator("form button[type=submit]").last().click();
		check(phone, "order-lookup-not-found", null, violations);

		violations.values().removeIf(List::isEmpty);
		assertThat(violations).isEmpty();
	}

	private void check(Page page, String name, String path, Map<String, List<String>> violations) {
		if (path != null) {
			page.navigate(url(path));
		}
		page.waitForLoadState();
		Browser.screenshot(page, "a11y-" + name);
		violations.put(name + " " + page.url(), new ArrayList<>(Axe.violations(page)));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
