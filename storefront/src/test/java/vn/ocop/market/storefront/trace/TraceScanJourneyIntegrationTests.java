package vn.ocop.market.storefront.trace;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import vn.ocop.market.storefront.IntegrationTest;
import vn.ocop.market.testsupport.Browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;
import static vn.ocop.market.catalog.fixtures.TraceFixtures.batch;

/**
 * A consumer holds a phone over a stamp: the QR opens the batch's journey; a recalled lot
 * and an unknown stamp say so plainly.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceScanJourneyIntegrationTests {

	Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	void catalogue(@Autowired DatabaseClient db) {
		long banh = product("Bánh phồng tôm Sa Đéc").gtin("08934588012228")
			.certifiedOn(LocalDate.now().minusDays(300))
			.insert(db);
		db.sql("""
				UPDATE producer SET address = '12 Nguyễn Sinh Sắc', commune = 'Phường Sa Đéc', phone = '0277 3 861 234'
				WHERE name = 'Hợp tác xã Tân Phú'""").then().block();
		db.sql("""
				UPDATE certification SET decision_no = '1520/QĐ-UBND', issuing_authority = 'UBND tỉnh Đồng Tháp'
				WHERE product_id = :id""").bind("id", banh).then().block();
		TraceJourney.of(banh, "L24-03", LocalDate.now().minusDays(12)).traceCode("BPT2403").insert(db);
		batch(banh, "L23-12").traceCode("BPT2312")
			.producedOn(LocalDate.now().minusDays(40))
			.bestBefore(LocalDate.now().plusMonths(10))
			.recalled("Bao bì bị rách trong khi vận chuyển")
			.insert(db);
		this.browser = Browser.start();
	}

	@AfterAll
	void stopBrowser() {
		this.browser.close();
	}

	@Test
	void consumerScansTheStampAndSeesTheJourney() {
		Page page = this.browser.phone();
		page.navigate(url("/01/08934588012228/10/L24-03"));
		assertThat(page.locator("h1")).hasText("Bánh phồng tôm Sa Đéc");
		assertThat(page.locator(".verified")).containsText("Tem truy xuất hợp lệ");
		assertThat(page.locator(".timeline > li")).hasCount(6);
		assertThat(page.locator(".timeline > li").first()).containsText("Ao tôm Tân Khánh Đông");
		assertThat(page.locator(".timeline > li[data-kind='SHIPPED'] .from")).containsText("Kho đóng gói HTX Tân Phú");
		assertThat(page.locator(".timeline > li[data-kind='SHIPPED'] .to")).containsText("Điểm bán OCOP Sa Đéc");
		assertThat(page.locator(".documents li")).hasCount(2);
		assertThat(page.locator(".scans")).containsText("đã được quét 1 lần");
		Browser.screenshot(page, "trace-phone-journey");
		page.locator(".stamp img").scrollIntoViewIfNeeded();
		assertThat(page.locator(".stamp img")).isVisible();
	}

	@Test
	void consumerSeesARecalledLotAtOnce() {
		Page page = this.browser.phone();
		page.navigate(url("/01/08934588012228/10/L23-12"));
		assertThat(page.locator("[data-alert='recalled']")).containsText("LÔ HÀNG ĐÃ BỊ THU HỒI");
		Browser.screenshot(page, "trace-phone-recalled");
		Locator recall = page.locator(".timeline > li[data-kind='RECALLED']");
		assertThat(recall).containsText("Bao bì bị rách trong khi vận chuyển");
		assertThat(recall).containsText("Ghi nhận bởi Văn phòng điều phối OCOP");
		recall.scrollIntoViewIfNeeded();
		Browser.screenshot(page, "trace-phone-recalled-journey");
	}

	@Test
	void consumerLearnsHowToReportAnUnknownStamp() {
		Page page = this.browser.phone();
		page.navigate(url("/01/08934588012228/10/FAKE-1"));
		assertThat(page.locator("[data-reason='UNKNOWN_LOT']")).isVisible();
		assertThat(page.locator("a[href^='mailto:']")).isVisible();
		Browser.screenshot(page, "trace-phone-unknown-stamp");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
