package vn.ocop.market.admin.programme;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.catalog.fixtures.CatalogFixtures;
import vn.ocop.market.catalog.web.VietnamWebConfiguration;
import vn.ocop.market.testsupport.Axe;
import vn.ocop.market.testsupport.Browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office opens its dashboard on a desktop and a phone, follows a figure to its list
 * and downloads a report.
 */
@IntegrationTest
class DashboardJourneyIntegrationTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient db;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void anOfficerReadsTheDashboardFollowsAFigureAndDownloadsTheReport() throws IOException {
		int year = LocalDate.now(VietnamWebConfiguration.VIETNAM).getYear();
		CatalogFixtures.product("Xoài cát Hòa Lộc")
			.province("82")
			.stars(5)
			.certifiedOn(LocalDate.of(year, 1, 10))
			.insert(this.db);
		CatalogFixtures.product("Nem Lai Vung")
			.province("82")
			.stars(3)
			.certifiedOn(LocalDate.of(year - 1, 5, 2))
			.insert(this.db);
		CatalogFixtures.product("Bánh tráng Mỹ Lồng")
			.province("86")
			.producer("HTX Mỹ Lồng")
			.certifiedOn(LocalDate.of(year - 2, 8, 8))
			.insert(this.db);

		Page page = browser.desktop();
		page.navigate("http://localhost:" + this.port + "/");
		page.getByLabel("Email").fill(IntegrationTest.ADMIN_EMAIL);
		page.getByLabel("Mật khẩu").fill(IntegrationTest.ADMIN_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		assertThat(page.locator("h1")).containsText("Tổng quan Chương trình OCOP");
		assertThat(page.locator("svg.trend")).isVisible();
		assertThat(page.locator("table.heat")).containsText("Đồng Tháp");
		Browser.screenshot(page, "admin-dashboard");
		assertThat(Axe.violations(page)).isEmpty();

		page.locator("table.heat tr", new Page.LocatorOptions().setHasText("Đồng Tháp"))
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("1").setExact(true))
			.first()
			.click();
		assertThat(page.locator("h1")).hasText("Sản phẩm đang được chứng nhận");
		assertThat(page.locator("main table")).containsText("Nem Lai Vung");
		assertThat(page.locator("main table")).not().containsText("Bánh tráng Mỹ Lồng");
		page.goBack();

		Download download = page.waitForDownload(() -> page.locator("#reports li").last().getByText("Excel").click());
		assertThat(download.suggestedFilename()).isEqualTo("bao-cao-ocop-ca-nuoc-" + year + ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(download.path())))) {
			assertThat(workbook.getSheet("Theo tỉnh và hạng sao")).isNotNull();
		}

		Page phone = browser.phone();
		phone.context().addCookies(page.context().cookies());
		phone.navigate("http://localhost:" + this.port + "/dashboard?province=dong-thap");
		assertThat(phone.locator("h1")).containsText("Đồng Tháp");
		assertThat(phone.locator("#targets")).isVisible();
		Browser.screenshot(phone, "admin-dashboard-phone");
		assertThat(Axe.violations(phone)).isEmpty();
	}

}
