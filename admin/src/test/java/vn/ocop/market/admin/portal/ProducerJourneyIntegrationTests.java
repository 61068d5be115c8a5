package vn.ocop.market.admin.portal;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.testsupport.Browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * A producer's journey on a phone, from the invitation the office hands over to a sheet
 * of QR labels for a batch with its journey.
 */
@IntegrationTest
class ProducerJourneyIntegrationTests {

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
	void aProducerAcceptsTheInvitationWritesTheStoryRegistersABatchAndPrintsLabels() throws Exception {
		product("Bánh phồng tôm Sa Giang").producer("Công ty CP Sa Giang").gtin("08934588012228").insert(this.db);
		String invitation = officeInvites();

		Page phone = browser.phone();
		phone.navigate(invitation);
		assertThat(phone.locator("h1")).hasText("Đặt mật khẩu");
		assertThat(phone.locator(".notice")).hasCount(0);
		phone.getByLabel("Mật khẩu mới").fill("ruong-lua-que-toi");
		phone.getByLabel("Nhập lại mật khẩu").fill("ruong-lua-que-toi");
		Browser.screenshot(phone, "portal-1-invitation");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu mật khẩu")).click();
		assertThat(phone.locator(".notice.ok")).containsText("Đã lưu mật khẩu");
		phone.getByLabel("Email").fill("chi.lan@sagiang.test");
		phone.getByLabel("Mật khẩu").fill("ruong-lua-que-toi");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		assertThat(phone.locator("h1")).hasText("Sản phẩm của tôi");
		Browser.screenshot(phone, "portal-2-products");

		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Câu chuyện sản phẩm")).click();
		phone.getByLabel("Câu chuyện")
			.fill("Từ năm 1960, **Sa Giang** làm bánh phồng tôm bằng tôm tươi sông Tiền.\n\n"
					+ "- Tôm tươi\n- Bột sắn\n\n<script>alert('x')</script>");
		assertThat(phone.locator("#story-preview strong")).hasText("Sa Giang");
		assertThat(phone.locator("#story-preview script")).hasCount(0);
		Browser.screenshot(phone, "portal-3-story-preview");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu câu chuyện")).click();
		assertThat(phone.locator(".notice.ok")).containsText("Đã lưu câu chuyện");

		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bánh phồng tôm Sa Giang")).click();
		phone.getByLabel("Chọn ảnh")
			.setInputFiles(
					new FilePayload("IMG_2041.jpg", "image/jpeg", PhotoIntegrationTests.image(1600, 1200, "jpeg")));
		phone.getByLabel("Mô tả ảnh (cho người khiếm thị)").fill("Gói bánh phồng tôm Sa Giang 200 g");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải ảnh lên")).click();
		assertThat(phone.locator(".photos img")).hasAttribute("alt", "Gói bánh phồng tôm Sa Giang 200 g");
		Browser.screenshot(phone, "portal-3b-photos");

		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lô hàng và tem QR")).click();
		phone.getByLabel("Mã lô").fill("LÔ 1");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo lô hàng")).click();
		assertThat(phone.locator("#lotCode-error")).containsText("Mã lô chỉ gồm chữ không dấu");
		Browser.screenshot(phone, "portal-4-batch-error");
		phone.getByLabel("Mã lô").fill("SG2611-01");
		phone.getByLabel("Ngày sản xuất").fill("2026-11-20");
		phone.getByLabel("Hạn sử dụng").fill("2027-11-20");
		phone.getByLabel("Số lượng (đơn vị sản phẩm)").fill("1200");
		phone.getByLabel("Nơi lấy nguyên liệu").fill("Vùng nuôi tôm Tân Thành");
		phone.getByLabel("Tỉnh/Thành phố của nguyên liệu").selectOption("82");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo lô hàng")).click();
		assertThat(phone.locator("h1")).hasText("Lô SG2611-01");

		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa thông tin lô")).click();
		phone.getByLabel("Số lượng (đơn vị sản phẩm)").fill("1150");
		Browser.screenshot(phone, "portal-4b-batch-edit");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thay đổi")).click();
		assertThat(phone.locator(".notice.ok")).hasText("Đã lưu thông tin lô.");
		assertThat(phone.locator(".facts")).containsText("1150");

		addStep(phone, "HARVEST", "2026-11-19T05:30", "Vùng nuôi tôm Tân Thành", "", "Xưởng Sa Giang");
		addStep(phone, "PACKING", "2026-11-20T14:00", "Xưởng Sa Giang, Sa Đéc", "Vùng nuôi tôm Tân Thành",
				"Showroom OCOP Đồng Tháp");
		assertThat(phone.locator(".timeline li")).hasCount(2);
		assertThat(phone.locator(".notice")).hasCount(1);
		Browser.screenshot(phone, "portal-5-batch-journey");

		phone.getByLabel("Số tem cần in").fill("12");
		Download download = phone.waitForDownload(
				() -> phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải tệp PDF để in"))
					.click());
		assertThat(download.suggestedFilename()).isEqualTo("nhan-lo-SG2611-01.pdf");
		try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			assertThat(new PDFTextStripper().getText(pdf).split("Lô: SG2611-01", -1)).hasSize(13);
			ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 110), "png",
					Path.of("target/screenshots/portal-6-label-sheet.png").toFile());
		}
	}

	private String officeInvites() {
		Page office = browser.phone();
		office.navigate("http://localhost:" + this.port + "/producers");
		office.getByLabel("Email").fill(IntegrationTest.ADMIN_EMAIL);
		office.getByLabel("Mật khẩu").fill(IntegrationTest.ADMIN_PASSWORD);
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		office.getByLabel("Tên chủ thể").fill("sa giang");
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();
		office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Công ty CP Sa Giang")).click();
		office.getByLabel("Họ tên người phụ trách").fill("Nguyễn Thị Lan");
		office.getByLabel("Email").fill("chi.lan@sagiang.test");
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo lời mời")).click();
		assertThat(office.locator(".notice.ok")).containsText("Đã tạo lời mời");
		Browser.screenshot(office, "portal-0-office-invites");
		return office.getByLabel("Đường dẫn đặt mật khẩu").inputValue();
	}

	private static void addStep(Page phone, String kind, String at, String place, String from, String to) {
		phone.getByLabel("Việc gì đã diễn ra").selectOption(kind);
		phone.getByLabel("Thời gian").fill(at);
		phone.getByLabel("Ở đâu").fill(place);
		phone.getByLabel("Nhận từ (bước trước)").fill(from);
		phone.getByLabel("Chuyển đến (bước sau)").fill(to);
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm bước")).click();
		assertThat(phone.locator("#journey .notice.ok")).containsText("Đã thêm bước");
	}

}
