package vn.ocop.market.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Logs in through the real form, CSRF token and all, and keeps the session cookie: what a
 * browser does, for tests that need a logged-in page without one.
 */
public record BrowserSession(WebTestClient client) {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	public static BrowserSession login(WebTestClient anonymous, String email, String password) {
		var loginPage = anonymous.get().uri("/login").exchange().expectBody(String.class).returnResult();
		ResponseCookie session = loginPage.getResponseCookies().getFirst("SESSION");
		var login = anonymous.post()
			.uri("/login")
			.cookie("SESSION", session.getValue())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", email)
				.with("password", password)
				.with("_csrf", csrf(loginPage.getResponseBody())))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectBody()
			.returnResult();
		ResponseCookie renewed = login.getResponseCookies().getFirst("SESSION");
		return new BrowserSession(anonymous.mutate()
			.defaultCookie("SESSION", (renewed != null) ? renewed.getValue() : session.getValue())
			.build());
	}

	/**
	 * A visitor who opened the login page and did not log in: a session and its CSRF
	 * token, no account. What such a visitor posts meets the login, not a CSRF refusal.
	 */
	public static BrowserSession anonymous(WebTestClient anonymous) {
		var loginPage = anonymous.get().uri("/login").exchange().expectBody(String.class).returnResult();
		ResponseCookie session = loginPage.getResponseCookies().getFirst("SESSION");
		return new BrowserSession(anonymous.mutate().defaultCookie("SESSION", session.getValue()).build());
	}

	/**
	 * A page that must answer 200, as HTML.
	 */
	public String page(String uri) {
		return this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Posts a form as the page would, CSRF token included.
	 * @param namesAndValues field names and values, alternating
	 */
	public WebTestClient.ResponseSpec postForm(String uri, String... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("_csrf", csrfOf("/login"));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return this.client.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange();
	}

	/**
	 * Posts a multipart form (an upload) as the page would, CSRF token included.
	 */
	public WebTestClient.ResponseSpec postMultipart(String uri, MultipartBodyBuilder parts) {
		parts.part("_csrf", csrfOf("/login"));
		return this.client.post()
			.uri(uri)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts.build()))
			.exchange();
	}

	/**
	 * The CSRF token of a page the session may open, for the next form post.
	 */
	public String csrfOf(String path) {
		return csrf(this.client.get().uri(path).exchange().expectBody(String.class).returnResult().getResponseBody());
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token in the page");
		}
		return matcher.group(1);
	}

}
