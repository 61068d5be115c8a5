package vn.ocop.market.admin.imports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ocop.market.testsupport.Browser;
import vn.ocop.market.admin.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.admin.imports.CertificationFileBuilder.file;

/**
 * The office's journey in a real browser: log in, upload, preview, confirm, see history.
 */
@IntegrationTest
class ImportJourneyIntegrationTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void anOfficerLogsInUploadsPreviewsConfirmsAndSeesTheHistory() {
		Page page = browser.desktop();
		page.navigate("http://localhost:" + this.port + "/imports");
		assertThat(page.locator("h1")).hasText("Đăng nhập");
		Browser.screenshot(page, "admin-login");
		page.getByLabel("Email").fill(IntegrationTest.ADMIN_EMAIL);
		page.getByLabel("Mật khẩu").fill(IntegrationTest.ADMIN_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		assertThat(page.locator("h1")).hasText("Nhập kết quả công nhận OCOP");

		byte[] csv = file().row((r) -> r.put("product_name", "Bánh phồng tôm Sa Đéc")).row((r) -> {
			r.put("product_name", "Kẹo dừa Bến Tre");
			r.put("province", "Bến Tre");
			r.put("decision_date", "12/12/2022");
		}).row((r) -> {
			r.put("product_name", "Trà sen Tháp Mười");
			r.put("total_score", "91");
		}).csv();
		page.getByLabel("Tệp kết quả (CSV UTF-8 hoặc XLSX)")
			.setInputFiles(new FilePayload("dong-thap-2024.csv", "text/csv", csv));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra tệp")).click();
		assertThat(page.locator("h1")).containsText("Lần nhập số");
		assertThat(page.locator(".tally [data-outcome=NEW] strong")).hasText("2");
		assertThat(page.locator(".tally [data-outcome=ERROR] strong")).hasText("1");
		assertThat(page.locator("table.rows")).containsText("STAR_BAND_MISMATCH");
		Browser.screenshot(page, "admin-import-preview");

		page.getByLabel("Chỉ áp dụng các dòng hợp lệ").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận áp dụng")).click();
		assertThat(page.locator(".notice.ok")).containsText("Đã áp dụng");
		assertThat(page.locator("table.rows")).containsText("(bỏ qua)");
		Browser.screenshot(page, "admin-import-applied");

		page.getByText("Quay lại danh sách").click();
		assertThat(page.locator("table.history tbody tr").first()).containsText("dong-thap-2024.csv");
		assertThat(page.locator("table.history tbody tr").first()).containsText("Đã áp dụng");
		Browser.screenshot(page, "admin-import-history");

		Page phone = browser.phone();
		phone.context().addCookies(page.context().cookies());
		phone.navigate(page.url());
		assertThat(phone.locator("table.history")).isVisible();
		Browser.screenshot(phone, "admin-import-history-phone");
		String importId = page.locator("table.history tbody tr td a").first().textContent();
		byte[] report = page.request()
			.get("http://localhost:" + this.port + "/imports/" + importId + "/report.csv")
			.body();
		assertThat(Arrays.copyOf(report, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(report, StandardCharsets.UTF_8)).contains("Kẹo dừa Bến Tre")
			.contains("STAR_BAND_MISMATCH");
	}

}
