package vn.ocop.market.admin.producers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

@IntegrationTest
class InvitationIntegrationTests {

	private static final Pattern LINK = Pattern.compile("value=\"(https?://[^\"]+/invitations/([A-Za-z0-9_-]+))\"");

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Test
	void anInvitationSetsThePasswordOnceAndOnlyItsHashIsStored() {
		String token = invite("ba.tu@ocop.test", "Xưởng mứt Ba Tư");
		assertThat(this.db.sql("SELECT count(*) AS n FROM account_invitation WHERE token_sha256 = :t")
			.bind("t", token)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block()).isZero();
		assertThat(page(token)).contains("ba.tu@ocop.test");

		assertThat(accept(token, "short", "short").expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("ít nhất 10 ký tự");
		assertThat(accept(token, "mot-cau-de-nho", "mot-cau-khac").expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("không giống nhau");
		accept(token, "mot-cau-de-nho", "mot-cau-de-nho").expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.value(HttpHeaders.LOCATION, endsWith("/login?welcome"));
		BrowserSession.login(this.client, "ba.tu@ocop.test", "mot-cau-de-nho")
			.client()
			.get()
			.uri("/portal")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(page(token)).contains("đã được dùng");
		assertThat(accept(token, "mat-khau-moi-khac", "mat-khau-moi-khac").expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("đã được dùng");
		BrowserSession.login(this.client, "ba.tu@ocop.test", "mot-cau-de-nho");
	}

	@Test
	void anExpiredInvitationSaysSoAndSetsNothing() {
		String token = invite("het.han@ocop.test", "Cơ sở Hết Hạn");
		this.db
			.sql("""
					UPDATE account_invitation SET created_at = now() - interval '4 days', expires_at = now() - interval '1 day'
					WHERE user_id = (SELECT id FROM app_user WHERE email = 'het.han@ocop.test')""")
			.then()
			.block();
		assertThat(page(token)).contains("đã hết hạn");
		assertThat(accept(token, "mot-cau-de-nho", "mot-cau-de-nho").expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("đã hết hạn");
		assertThat(this.db.sql("SELECT password_hash FROM app_user WHERE email = 'het.han@ocop.test'")
			.fetch()
			.one()
			.block()
			.get("password_hash")).isNull();
	}

	@Test
	void aNewInvitationEndsTheOlderLinkOfTheSamePerson() {
		String first = invite("hai.lan@ocop.test", "Cơ sở Hai Lần");
		long producerId = this.db.sql("SELECT producer_id FROM app_user WHERE email = 'hai.lan@ocop.test'")
			.map((row, meta) -> row.get("producer_id", Long.class))
			.one()
			.block();
		String second = inviteTo(producerId, "hai.lan@ocop.test");
		assertThat(second).isNotEqualTo(first);
		assertThat(page(first)).contains("đã hết hạn");
		assertThat(page(second)).doesNotContain("đã hết hạn");
	}

	@Test
	void anUnknownTokenSaysTheLinkIsWrong() {
		assertThat(page("not-a-token")).contains("Đường dẫn không đúng");
	}

	private String invite(String email, String producer) {
		long productId = product("Sản phẩm của " + producer).producer(producer).insert(this.db);
		long producerId = this.db.sql("SELECT producer_id FROM product WHERE id = :id")
			.bind("id", productId)
			.map((row, meta) -> row.get("producer_id", Long.class))
			.one()
			.block();
		return inviteTo(producerId, email);
	}

	private String inviteTo(long producerId, String email) {
		BrowserSession admin = BrowserSession.login(this.client, IntegrationTest.ADMIN_EMAIL,
				IntegrationTest.ADMIN_PASSWORD);
		String html = admin
			.postForm("/producers/" + producerId + "/invitations", "email", email, "name", "Người phụ trách")
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Matcher link = LINK.matcher(html);
		assertThat(link.find()).as("invitation link in the page").isTrue();
		return link.group(2);
	}

	private String page(String token) {
		return this.client.get()
			.uri("/invitations/" + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec accept(String token, String password, String confirmation) {
		var get = this.client.get().uri("/login").exchange().expectBody(String.class).returnResult();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get.getResponseBody());
		assertThat(csrf.find()).isTrue();
		return this.client.post()
			.uri("/invitations/" + token)
			.cookie("SESSION", get.getResponseCookies().getFirst("SESSION").getValue())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("_csrf", csrf.group(1))
				.with("password", password)
				.with("confirmation", confirmation))
			.exchange();
	}

}
