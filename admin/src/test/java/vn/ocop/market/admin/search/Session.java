package vn.ocop.market.admin.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser-like session over real HTTP: logs in through the form, keeps the session
 * cookie and posts forms with the CSRF token the last page carried.
 */
final class Session {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final WebTestClient client;

	private String cookie = "";

	private String csrf = "";

	private Session(WebTestClient client) {
		this.client = client;
	}

	static Session logIn(WebTestClient client, String email, String password) {
		Session session = new Session(client);
		session.get("/login", "vi");
		EntityExchangeResult<String> login = session.post("/login", "username=" + email + "&password=" + password);
		assertThat(login.getStatus()).isEqualTo(HttpStatus.FOUND);
		assertThat(login.getResponseHeaders().getLocation()).hasToString("/");
		return session;
	}

	EntityExchangeResult<String> get(String uri, String language) {
		return keep(this.client.get()
			.uri(uri)
			.header(HttpHeaders.COOKIE, this.cookie)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange()
			.expectBody(String.class)
			.returnResult());
	}

	/**
	 * Posts a form as the last page would have.
	 */
	EntityExchangeResult<String> post(String uri, String form) {
		return keep(this.client.post()
			.uri(uri)
			.header(HttpHeaders.COOKIE, this.cookie)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromValue((form.isEmpty() ? "" : form + "&") + "_csrf=" + this.csrf))
			.exchange()
			.expectBody(String.class)
			.returnResult());
	}

	private EntityExchangeResult<String> keep(EntityExchangeResult<String> result) {
		ResponseCookie session = result.getResponseCookies().getFirst("SESSION");
		if (session != null) {
			this.cookie = "SESSION=" + session.getValue();
		}
		Matcher token = CSRF.matcher((result.getResponseBody() != null) ? result.getResponseBody() : "");
		if (token.find()) {
			this.csrf = token.group(1);
		}
		return result;
	}

}
