package vn.ocop.market.e2e;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import vn.ocop.market.catalog.fixtures.R2dbc;
import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.testsupport.Browser;
import vn.ocop.market.testsupport.OcopServices;
import vn.ocop.market.testsupport.TestDatabase;
import vn.ocop.market.testsupport.TestSearch;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * Journeys across the three apps as built, on phones. An operator at a fair receives the
 * transfer the warehouse sent, sells by GTIN, sees the level drop, while the storefront's
 * product page names the fair only as long as it has the product. A buyer searches
 * without diacritics, adds to the cart, pays on delivery and follows the order the office
 * packs and ships; another pays by VietQR and sees the code to scan.
 */
@OcopServices
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopJourneysIntegrationTests {

	static final String GTIN = "08934588012228";

	static final String PRODUCT = "Bánh pía Sóc Trăng";

	static final String FAIR = "Hội chợ OCOP Đồng bằng sông Cửu Long";

	static final String POMELO = "Bưởi da xanh Chợ Lách";

	RunningApps apps;

	Browser browser;

	long fair;

	long transfer;

	@BeforeAll
	void aFairWaitingForATransfer(TestDatabase database, TestSearch search) {
		try (R2dbc r2dbc = R2dbc.of(database, 2)) {
			Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
			StockLedger ledger = new StockLedger(r2dbc.db(), r2dbc.transaction(), clock);
			LocalDate today = LocalDate.now(clock);
			long product = product(PRODUCT).producer("Lò bánh Tân Huê Viên")
				.province("92")
				.gtin(GTIN)
				.price(60_000L)
				.insert(r2dbc.db());
			long warehouse = StockFixtures.location("Kho OCOP Cần Thơ").warehouse().province("92").insert(r2dbc.db());
			this.fair = StockFixtures.location(FAIR)
				.fair(today.minusDays(1), today.plusDays(3))
				.province("92")
				.address("Bến Ninh Kiều")
				.insert(r2dbc.db());
			ledger.apply(Movement.receive(warehouse, product, 20, null, "setup")).block();
			long pomelo = product(POMELO).producer("Hợp tác xã Bưởi Chợ Lách")
				.province("86")
				.stars(4)
				.price(85_000L)
				.insert(r2dbc.db());
			ledger.apply(Movement.receive(warehouse, pomelo, 10, null, "setup")).block();
			this.transfer = r2dbc.db()
				.sql("""
						INSERT INTO stock_transfer (from_location_id, to_location_id, status, requested_by, sent_by, sent_at)
						VALUES (:from, :to, 'SENT', 'setup', 'setup', now()) RETURNING id""")
				.bind("from", warehouse)
				.bind("to", this.fair)
				.map((row, meta) -> row.get("id", Long.class))
				.one()
				.block();
			r2dbc.db()
				.sql("""
						INSERT INTO stock_transfer_line (transfer_id, product_id, requested, sent) VALUES (:t, :p, 6, 6)""")
				.bind("t", this.transfer)
				.bind("p", product)
				.then()
				.block();
			ledger.apply(Movement.transferOut(warehouse, product, 6, null, this.transfer, "setup")).block();
			r2dbc.db()
				.sql("""
						WITH u AS (INSERT INTO app_user (email, password_hash, role, display_name)
						           VALUES ('hoicho@ocop.e2e', :hash, 'OPERATOR', 'Ban tổ chức hội chợ') RETURNING id)
						INSERT INTO app_user_location (user_id, location_id) SELECT id, :fair FROM u""")
				.bind("hash", new BCryptPasswordEncoder().encode("hoi-cho-2026"))
				.bind("fair", this.fair)
				.then()
				.block();
		}
		this.apps = RunningApps.start(database, search);
		this.browser = Browser.start();
	}

	@AfterAll
	void stop() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.apps != null) {
			this.apps.close();
		}
	}

	@Test
	void anOperatorReceivesSellsByGtinAndTheStorefrontFollows() {
		Page shopper = this.browser.phone();
		shopper.navigate(this.apps.storefront() + "/san-pham/banh-pia-soc-trang");
		assertThat(shopper.locator("h1")).hasText(PRODUCT);
		assertThat(shopper.locator("#where-to-buy")).hasCount(0);
		Browser.screenshot(shopper, "e2e-1-product-before");

		Page operator = this.browser.phone();
		operator.navigate(this.apps.admin() + "/login");
		operator.getByLabel("Email").fill("hoicho@ocop.e2e");
		operator.getByLabel("Mật khẩu").fill("hoi-cho-2026");
		operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		assertThat(operator.locator("h1")).hasText(FAIR);
		Browser.screenshot(operator, "e2e-2-operator-fair");

		operator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chuyển kho")).click();
		operator.getByText("CK" + this.transfer).click();
		operator.getByLabel("Đếm được").fill("6");
		Browser.screenshot(operator, "e2e-3-transfer-arriving");
		operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận đã nhận")).click();
		assertThat(operator.locator(".notice.ok")).containsText("Đã nhận hàng.");

		shopper.reload();
		assertThat(shopper.locator("#where-to-buy").locator("..")).containsText(FAIR);
		Browser.screenshot(shopper, "e2e-4-product-at-the-fair");

		operator.navigate(this.apps.admin() + "/stock/" + this.fair + "/sale");
		operator.getByLabel("Sản phẩm: tên, mã GTIN hoặc tem QR").fill(GTIN.substring(1));
		operator.locator("#addQuantity").fill("6");
		operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm").setExact(true)).click();
		assertThat(operator.locator(".draft")).containsText(PRODUCT);
		Browser.screenshot(operator, "e2e-5-sale-by-gtin");
		operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem lại đơn bán")).click();
		assertThat(operator.locator(".lines tfoot")).containsText("360.000 ₫");
		operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận bán")).click();
		assertThat(operator.locator(".receipt")).containsText("Phiếu bán hàng");
		Browser.screenshot(operator, "e2e-6-receipt");

		operator.navigate(this.apps.admin() + "/stock/" + this.fair);
		assertThat(operator.locator(".levels li")
			.filter(new Locator.FilterOptions().setHasText(PRODUCT))
			.locator(".avail dd")).hasText("0");
		Browser.screenshot(operator, "e2e-7-level-dropped");

		shopper.reload();
		assertThat(shopper.locator("#where-to-buy")).hasCount(0);
		Browser.screenshot(shopper, "e2e-8-product-sold-out-at-the-fair");
	}

	@Test
	void aBuyerPaysOnDeliveryAndFollowsTheOrderTheOfficeShipsAnotherPaysByVietQr() {
		Page buyer = this.browser.phone();
		buyer.navigate(this.apps.storefront() + "/?lang=vi");
		Awaitility.await("the pomelo in the search index")
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				buyer.navigate(this.apps.storefront() + "/san-pham?q=buoi+da+xanh");
				return buyer.locator(".card-title").filter(new Locator.FilterOptions().setHasText(POMELO)).count() > 0;
			});
		buyer.navigate(this.apps.storefront() + "/?lang=vi");
		buyer.getByLabel("Tìm sản phẩm OCOP").fill("buoi da xanh");
		buyer.getByLabel("Tìm sản phẩm OCOP").press("Enter");
		assertThat(buyer.locator("h1")).containsText("buoi da xanh");
		Browser.screenshot(buyer, "e2e-buy-1-search");
		buyer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm " + POMELO + " vào giỏ")).click();
		assertThat(buyer.locator(".cart-count")).hasText("1");
		order(buyer, "Thanh toán khi nhận hàng");
		assertThat(buyer.locator(".status")).containsText("Đã xác nhận");
		String reference = buyer.locator("h1").textContent().replaceAll(".*(DH[0-9A-Z]{8}).*", "$1");
		String orderPage = buyer.url();
		Browser.screenshot(buyer, "e2e-buy-4-order-cod");

		Page office = this.browser.phone();
		office.navigate(this.apps.admin() + "/login");
		office.getByLabel("Email").fill(RunningApps.ADMIN_EMAIL);
		office.getByLabel("Mật khẩu").fill(RunningApps.ADMIN_PASSWORD);
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		office.navigate(this.apps.admin() + "/orders");
		office.getByLabel("Mã đơn hoặc số điện thoại").fill(reference);
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();
		Browser.screenshot(office, "e2e-buy-5-office-orders");
		office.getByText(reference).click();
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đã đóng gói")).click();
		assertThat(office.locator(".notice.ok")).containsText("Đã cập nhật trạng thái đơn.");
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giao cho đơn vị vận chuyển")).click();
		assertThat(office.locator("h1 .badge")).hasText("Đang giao");
		Browser.screenshot(office, "e2e-buy-6-office-shipped");

		buyer.navigate(orderPage);
		assertThat(buyer.locator(".status")).containsText("Đang giao");
		Browser.screenshot(buyer, "e2e-buy-7-order-shipped");

		Page second = this.browser.phone();
		second.navigate(this.apps.storefront() + "/san-pham/buoi-da-xanh-cho-lach");
		second.locator("form.add-to-cart.big button.add").click();
		assertThat(second.locator(".cart-count")).hasText("1");
		order(second, "Chuyển khoản ngân hàng");
		assertThat(second.locator(".qr svg")).isVisible();
		assertThat(second.locator("#payload")).hasValue(Pattern.compile("^000201010212.*6304[0-9A-F]{4}$"));
		Browser.screenshot(second, "e2e-buy-8-order-vietqr");
	}

	/**
	 * From the cart to the order page, paying as chosen.
	 */
	private void order(Page buyer, String payment) {
		buyer.navigate(this.apps.storefront() + "/gio-hang");
		assertThat(buyer.locator("main")).containsText(POMELO);
		Browser.screenshot(buyer, "e2e-buy-2-cart");
		buyer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đặt hàng")).click();
		buyer.getByLabel("Họ và tên người nhận").fill("Lê Thị Thu");
		buyer.getByLabel("Số điện thoại").fill("0903 123 456");
		buyer.getByLabel("Tỉnh/Thành phố").fill("Cần Thơ");
		buyer.getByLabel("Địa chỉ").fill("25 Hai Bà Trưng, phường Ninh Kiều");
		buyer.getByText(payment).click();
		buyer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem phí vận chuyển")).click();
		assertThat(buyer.locator("main")).containsText("Kiện 1 từ Kho OCOP Cần Thơ");
		Browser.screenshot(buyer, "e2e-buy-3-checkout");
		buyer.locator("button[type=submit].primary.big").click();
		assertThat(buyer.locator("h1")).containsText("DH");
	}

}
