package vn.ocop.market.admin.portal;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.ProducerAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

@IntegrationTest
class StoryIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	PasswordEncoder encoder;

	long productId;

	BrowserSession producer;

	@BeforeEach
	void aProducerWithAProduct() {
		String name = "Trà sen " + System.nanoTime();
		this.productId = new ProducerAccounts(this.db, this.encoder)
			.productWithAccount(product(name).producer("HTX Sen " + System.nanoTime()), name.hashCode() + "@ocop.test");
		this.producer = BrowserSession.login(this.client, name.hashCode() + "@ocop.test", ProducerAccounts.PASSWORD);
	}

	@Test
	void everySaveIsKeptAsARevisionAndTheOfficeCanRestoreOrHide() {
		saveStory("Ngày xưa **đầm sen** Tháp Mười.");
		saveStory("Bản thứ hai.");
		List<String> revisions = revisions();
		assertThat(revisions).containsExactly("Bản thứ hai.", "Ngày xưa **đầm sen** Tháp Mười.");

		BrowserSession admin = BrowserSession.login(this.client, IntegrationTest.ADMIN_EMAIL,
				IntegrationTest.ADMIN_PASSWORD);
		long first = this.db.sql("SELECT min(id) AS id FROM story_revision WHERE product_id = :id")
			.bind("id", this.productId)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
		admin.postForm("/stories/" + this.productId + "/revisions/" + first + "/restore")
			.expectStatus()
			.is3xxRedirection();
		assertThat(storyMd()).isEqualTo("Ngày xưa **đầm sen** Tháp Mười.");
		assertThat(revisions()).hasSize(3).first().isEqualTo("Ngày xưa **đầm sen** Tháp Mười.");

		admin.postForm("/stories/" + this.productId + "/visibility", "hidden", "true")
			.expectStatus()
			.is3xxRedirection();
		assertThat(this.db.sql("SELECT story_hidden FROM product WHERE id = :id")
			.bind("id", this.productId)
			.map((row, meta) -> row.get("story_hidden", Boolean.class))
			.one()
			.block()).isTrue();
		String page = this.producer.client()
			.get()
			.uri("/portal/products/" + this.productId + "/story")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("đang tạm ẩn");
	}

	@Test
	void aStoryTooLongIsRefusedAndNothingIsSaved() {
		saveStory("Bản ngắn.");
		this.producer
			.postForm("/portal/products/" + this.productId + "/story", "story", "sen ".repeat(5_001), "action", "save")
			.expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.value(containsString("Câu chuyện dài quá 20 000 ký tự."));
		assertThat(revisions()).containsExactly("Bản ngắn.");
		assertThat(storyMd()).isEqualTo("Bản ngắn.");
	}

	@Test
	void aRevisionOfAnotherProductCannotBeRestored() {
		saveStory("Câu chuyện.");
		BrowserSession admin = BrowserSession.login(this.client, IntegrationTest.ADMIN_EMAIL,
				IntegrationTest.ADMIN_PASSWORD);
		long revision = this.db.sql("SELECT max(id) AS id FROM story_revision WHERE product_id = :id")
			.bind("id", this.productId)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
		admin.postForm("/stories/" + (this.productId + 100_000) + "/revisions/" + revision + "/restore")
			.expectStatus()
			.isNotFound();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert('xss')</script>", "<img src=x onerror=alert('xss')>",
			"[bấm vào đây](javascript:alert('xss'))", "<a href=\"javascript:alert('xss')\">x</a>",
			"<svg onload=alert('xss')>", "![x](javascript:alert('xss'))", "<iframe src=\"//evil.test\"></iframe>" })
	void storedScriptsRenderInertInThePreviews(String payload) {
		String fragment = this.producer.postForm("/portal/story-preview", "story", payload)
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertInert(fragment);
		saveStory(payload);
		String page = this.producer.client()
			.get()
			.uri("/portal/products/" + this.productId + "/story")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String preview = page.substring(page.indexOf("id=\"story-preview\""),
				page.indexOf("</section>", page.indexOf("id=\"story-preview\"")));
		assertInert(preview);
		String previewed = this.producer
			.postForm("/portal/products/" + this.productId + "/story", "story", payload, "action", "preview")
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(previewed.split("<script", -1)).hasSize(2);
	}

	private static void assertInert(String html) {
		assertThat(html.toLowerCase()).doesNotContain("<script")
			.doesNotContain("<img")
			.doesNotContain("<svg")
			.doesNotContain("<iframe")
			.doesNotContain("href=\"javascript:")
			.doesNotContain("src=\"javascript:");
	}

	private void saveStory(String story) {
		this.producer.postForm("/portal/products/" + this.productId + "/story", "story", story, "action", "save")
			.expectStatus()
			.is3xxRedirection();
	}

	private List<String> revisions() {
		return this.db.sql("SELECT story_md FROM story_revision WHERE product_id = :id ORDER BY id DESC")
			.bind("id", this.productId)
			.map((row, meta) -> row.get("story_md", String.class))
			.all()
			.collectList()
			.block();
	}

	private String storyMd() {
		return this.db.sql("SELECT story_md FROM product WHERE id = :id")
			.bind("id", this.productId)
			.map((row, meta) -> row.get("story_md", String.class))
			.one()
			.block();
	}

}
