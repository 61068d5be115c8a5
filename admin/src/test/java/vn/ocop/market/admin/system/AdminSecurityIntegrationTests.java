package vn.ocop.market.admin.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.account.Accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@IntegrationTest
class AdminSecurityIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DatabaseClient db;

	@Test
	void pagesNeedALoginAndSendAnonymousVisitorsToTheLoginForm() {
		this.client.get()
			.uri("/imports")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.value(HttpHeaders.LOCATION, containsString("/login"));
		this.client.get()
			.uri("/login")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(containsString("name=\"_csrf\""));
	}

	@Test
	void theLoginPageShowsNoNoticeUnlessTheQuerySaysSo() {
		String page = this.client.get()
			.uri("/login")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).doesNotContain("không đúng").doesNotContain("đã đăng xuất");
		assertThat(this.client.get()
			.uri("/login?error")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("không đúng");
	}

	@Test
	void anOperatorCannotOpenTheProducerAccountOrRecallPages() {
		this.accounts
			.createIfAbsent("operator2@ocop.test", this.encoder.encode("operator-pass"), Accounts.Role.OPERATOR,
					"Showroom")
			.block();
		BrowserSession operator = BrowserSession.login(this.client, "operator2@ocop.test", "operator-pass");
		for (String path : new String[] { "/producers", "/producers/1", "/stories/1", "/recalls", "/portal" }) {
			operator.client().get().uri(path).exchange().expectStatus().isForbidden();
		}
		operator.postForm("/recalls/1", "reason", "x").expectStatus().isForbidden();
		operator.postForm("/producers/1/invitations", "email", "a@b.vn", "name", "A").expectStatus().isForbidden();
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() {
		this.client.post()
			.uri("/login")
			.header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
			.bodyValue("username=" + IntegrationTest.ADMIN_EMAIL + "&password=" + IntegrationTest.ADMIN_PASSWORD)
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void onlyAdminsMayImportEvenWithAValidAccount() {
		assertThat(this.accounts
			.createIfAbsent("operator@ocop.test", this.encoder.encode("operator-pass"), Accounts.Role.OPERATOR,
					"Showroom")
			.block()).isTrue();
		this.client.post()
			.uri("/api/imports")
			.headers((h) -> h.setBasicAuth("operator@ocop.test", "operator-pass"))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void healthIsOpenForProbes() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void anAccountWhosePasswordIsNotSetCannotLogIn() {
		this.accounts.createIfAbsent("invited@ocop.test", null, Accounts.Role.ADMIN, "Invited").block();
		this.client.post()
			.uri("/api/imports")
			.headers((h) -> h.setBasicAuth("invited@ocop.test", ""))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void aRememberedPasswordStillGivesWayToAWrongOneToAChangedOneAndToADisabledAccount() {
		assertThat(this.accounts
			.createIfAbsent("api@ocop.test", this.encoder.encode("api-pass-1"), Accounts.Role.ADMIN, "Integration")
			.block()).isTrue();
		assertThat(report("api-pass-1")).isEqualTo(HttpStatus.OK);
		assertThat(report("api-pass-1")).isEqualTo(HttpStatus.OK);
		assertThat(report("api-pass-x")).isEqualTo(HttpStatus.UNAUTHORIZED);

		this.db.sql("UPDATE app_user SET password_hash = :hash WHERE email = 'api@ocop.test'")
			.bind("hash", this.encoder.encode("api-pass-2"))
			.then()
			.block();
		assertThat(report("api-pass-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(report("api-pass-2")).isEqualTo(HttpStatus.OK);

		this.db.sql("UPDATE app_user SET enabled = false WHERE email = 'api@ocop.test'").then().block();
		assertThat(report("api-pass-2")).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private HttpStatus report(String password) {
		return HttpStatus.valueOf(this.client.get()
			.uri("/api/reports/programme")
			.headers((h) -> h.setBasicAuth("api@ocop.test", password))
			.exchange()
			.returnResult(byte[].class)
			.getStatus()
			.value());
	}

}
