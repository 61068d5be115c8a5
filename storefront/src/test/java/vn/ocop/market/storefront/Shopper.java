package vn.ocop.market.storefront;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * A browser-like visitor of the shop over real HTTP: keeps the cookies the shop sets (the
 * cart's, the CSRF token's) and posts forms with the token the last page carried.
 */
public final class Shopper {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final WebTestClient client;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrf;

	public Shopper(WebTestClient client) {
		this.client = client;
	}

	public EntityExchangeResult<String> get(String uri) {
		return keep(this.client.get()
			.uri(uri)
			.headers((headers) -> headers.set(HttpHeaders.COOKIE, cookieHeader()))
			.exchange()
			.expectBody(String.class)
			.returnResult());
	}

	/**
	 * Posts a form as the last page would have, its CSRF token included.
	 * @param fields names and values, alternating
	 */
	public EntityExchangeResult<String> post(String uri, String... fields) {
		if (this.csrf == null) {
			// a page with a form carries the token
			get("/tra-cuu-don-hang");
		}
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("_csrf", this.csrf);
		for (int i = 0; i < fields.length; i += 2) {
			form.add(fields[i], fields[i + 1]);
		}
		return keep(this.client.post()
			.uri(uri)
			.headers((headers) -> headers.set(HttpHeaders.COOKIE, cookieHeader()))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectBody(String.class)
			.returnResult());
	}

	public EntityExchangeResult<String> addToCart(String slug, int quantity) {
		return post("/gio-hang/them", "slug", slug, "quantity", Integer.toString(quantity), "back", "/gio-hang");
	}

	/**
	 * The CSRF token of the last page that had a form.
	 */
	public String csrf() {
		return this.csrf;
	}

	public String cookie(String name) {
		return this.cookies.get(name);
	}

	private EntityExchangeResult<String> keep(EntityExchangeResult<String> result) {
		for (var entry : result.getResponseCookies().entrySet()) {
			ResponseCookie cookie = entry.getValue().get(entry.getValue().size() - 1);
			this.cookies.put(cookie.getName(), cookie.getValue());
		}
		Matcher token = CSRF.matcher((result.getResponseBody() != null) ? result.getResponseBody() : "");
		if (token.find()) {
			this.csrf = token.group(1);
		}
		return result;
	}

	private String cookieHeader() {
		return String.join("; ", this.cookies.entrySet().stream().map((c) -> c.getKey() + "=" + c.getValue()).toList());
	}

}
