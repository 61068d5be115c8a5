package vn.ocop.market.admin.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.StockAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing at the login form: a burst of wrong passwords locks the account (its
 * right password included) while others still log in, and a burst from one address locks
 * every account tried from there; the login page says why.
 */
@IntegrationTest
@TestPropertySource(properties = { "ocop.login.max-failures-per-account=3", "ocop.login.max-failures-per-address=6" })
class LoginThrottleIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void aBurstOfWrongPasswordsLocksTheAccountThenTheAddress() {
		StockAccounts accounts = new StockAccounts(this.db, this.encoder);
		String tag = Long.toString(System.nanoTime());
		String guessed = "doan" + tag + "@ocop.test";
		String other = "khac" + tag + "@ocop.test";
		accounts.operator(guessed);
		accounts.operator(other);

		assertThat(login(guessed, "sai-1")).isEqualTo("/login?error");
		assertThat(login(guessed, "sai-2")).isEqualTo("/login?error");
		assertThat(login(guessed, "sai-3")).isEqualTo("/login?locked");
		assertThat(login(guessed, StockAccounts.PASSWORD)).isEqualTo("/login?locked");
		assertThat(login(guessed.toUpperCase(), StockAccounts.PASSWORD)).isEqualTo("/login?locked");
		assertThat(login(other, StockAccounts.PASSWORD)).isEqualTo("/");
		String page = this.client.get()
			.uri("/login?locked")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Quá nhiều lần đăng nhập sai").contains("15 phút");

		assertThat(login("a" + tag + "@ocop.test", "x")).isEqualTo("/login?error");
		assertThat(login("b" + tag + "@ocop.test", "x")).isEqualTo("/login?error");
		assertThat(login("c" + tag + "@ocop.test", "x")).isEqualTo("/login?locked");
		assertThat(login(other, StockAccounts.PASSWORD)).isEqualTo("/login?locked");
	}

	/**
	 * Logs in through the form as a browser would.
	 * @return where the login sends the browser
	 */
	private String login(String email, String password) {
		var loginPage = this.client.get().uri("/login").exchange().expectBody(String.class).returnResult();
		ResponseCookie session = loginPage.getResponseCookies().getFirst("SESSION");
		String csrf = loginPage.getResponseBody().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		return this.client.post()
			.uri("/login")
			.cookie("SESSION", session.getValue())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", email).with("password", password).with("_csrf", csrf))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
	}

}
