package vn.ocop.market.e2e;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
 * An operator at a fair, on a phone: receives the transfer the warehouse sent, sells by
 * GTIN, sees the level drop; the storefront's product page names the fair while it has
 * the product, and no longer once it has sold out. Across the three apps as built.
 */
@OcopServices
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorJourneyIntegrationTests {

	static final String GTIN = "08934588012228";

	static final String PRODUCT = "Bánh pía Sóc Trăng";

	static final String FAIR = "Hội chợ OCOP Đồng bằng sông Cửu Long";

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
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(PRODUCT))
			.locator(".avail dd")).hasText("0");
		Browser.screenshot(operator, "e2e-7-level-dropped");

		shopper.reload();
		assertThat(shopper.locator("#where-to-buy")).hasCount(0);
		Browser.screenshot(shopper, "e2e-8-product-sold-out-at-the-fair");
	}

}
