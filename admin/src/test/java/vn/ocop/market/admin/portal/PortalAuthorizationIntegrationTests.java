package vn.ocop.market.admin.portal;

import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.ProducerAccounts;
import vn.ocop.market.admin.account.Accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * Every producer endpoint, called by a producer with the ids of another producer's
 * product, batch, photo or document: 404, never the data and never a 403 that would tell
 * the id exists. Operators and anonymous visitors get nothing at all.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalAuthorizationIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Accounts accounts;

	Ids foreign;

	BrowserSession mallory;

	@BeforeAll
	void twoProducers() {
		ProducerAccounts producers = new ProducerAccounts(this.db, this.encoder);
		long theirs = producers.productWithAccount(product("Mắm cá linh Hồng Ngự").producer("Cơ sở Năm Hồng"),
				"nam.hong@ocop.test");
		long batch = producers.batch(theirs, "L-THEIRS");
		this.foreign = new Ids(theirs, batch, producers.photo(theirs), producers.document(batch));
		producers.productWithAccount(product("Bánh pía Sóc Trăng").producer("Lò bánh Tân Huê Viên"),
				"mallory@ocop.test");
		this.mallory = BrowserSession.login(this.client, "mallory@ocop.test", ProducerAccounts.PASSWORD);
		this.accounts
			.createIfAbsent("operator@ocop.test", this.encoder.encode("operator-password"), Accounts.Role.OPERATOR,
					"Showroom")
			.block();
	}

	static Stream<Arguments> producerEndpoints() {
		return Stream.of(endpoint(HttpMethod.GET, (ids) -> "/portal/products/" + ids.product()),
				endpoint(HttpMethod.GET, (ids) -> "/portal/products/" + ids.product() + "/story"),
				endpoint(HttpMethod.POST, (ids) -> "/portal/products/" + ids.product() + "/story"),
				endpoint(HttpMethod.POST, (ids) -> "/portal/products/" + ids.product() + "/photos"),
				endpoint(HttpMethod.GET, (ids) -> "/portal/photos/" + ids.photo() + "/thumbnail"),
				endpoint(HttpMethod.POST, (ids) -> "/portal/photos/" + ids.photo() + "/main"),
				endpoint(HttpMethod.POST, (ids) -> "/portal/photos/" + ids.photo() + "/delete"),
				endpoint(HttpMethod.GET, (ids) -> "/portal/products/" + ids.product() + "/batches"),
				endpoint(HttpMethod.POST, (ids) -> "/portal/products/" + ids.product() + "/batches"),
				endpoint(HttpMethod.GET, (ids) -> "/portal/batches/" + ids.batch()),
				endpoint(HttpMethod.GET, (ids) -> "/portal/batches/" + ids.batch() + "/edit"),
				endpoint(HttpMethod.POST, (ids) -> "/portal/batches/" + ids.batch() + "/edit"),
				endpoint(HttpMethod.POST, (ids) -> "/portal/batches/" + ids.batch() + "/events"),
				endpoint(HttpMethod.POST, (ids) -> "/portal/batches/" + ids.batch() + "/documents"),
				endpoint(HttpMethod.GET, (ids) -> "/portal/documents/" + ids.document()),
				endpoint(HttpMethod.POST, (ids) -> "/portal/documents/" + ids.document() + "/delete"),
				endpoint(HttpMethod.GET, (ids) -> "/portal/batches/" + ids.batch() + "/labels.pdf?count=3"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("producerEndpoints")
	void aProducerUsingAnotherProducersIdGetsNotFound(HttpMethod method, Function<Ids, String> path) {
		String uri = path.apply(this.foreign);
		String body = send(this.mallory.client(), method, uri, this.mallory.csrfOf("/portal")).expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat((body != null) ? body : "").doesNotContain("Mắm cá linh").doesNotContain("L-THEIRS");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("producerEndpoints")
	void anOperatorGetsForbidden(HttpMethod method, Function<Ids, String> path) {
		BrowserSession operator = BrowserSession.login(this.client, "operator@ocop.test", "operator-password");
		send(operator.client(), method, path.apply(this.foreign), operator.csrfOf("/login")).expectStatus()
			.isForbidden();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("producerEndpoints")
	void anAnonymousVisitorIsSentToLogIn(HttpMethod method, Function<Ids, String> path) {
		if (method == HttpMethod.GET) {
			this.client.get()
				.uri(path.apply(this.foreign))
				.exchange()
				.expectStatus()
				.is3xxRedirection()
				.expectHeader()
				.value(HttpHeaders.LOCATION, containsString("/login"));
		}
		else {
			this.client.post().uri(path.apply(this.foreign)).exchange().expectStatus().isForbidden();
		}
	}

	@Test
	void aProducerCannotOpenTheOfficesPages() {
		for (String path : new String[] { "/producers", "/stories/" + this.foreign.product(), "/recalls",
				"/imports" }) {
			this.mallory.client().get().uri(path).exchange().expectStatus().isForbidden();
		}
	}

	private static WebTestClient.ResponseSpec send(WebTestClient client, HttpMethod method, String uri, String csrf) {
		if (method == HttpMethod.GET) {
			return client.get().uri(uri).exchange();
		}
		if (uri.endsWith("/photos") || uri.endsWith("/documents")) {
			MultipartBodyBuilder parts = new MultipartBodyBuilder();
			parts.part("_csrf", csrf);
			parts.part("alt", "ảnh");
			parts.part("kind", "VIETGAP");
			parts.part("title", "giấy tờ");
			parts.part("file", new byte[] { (byte) 0x89, 'P', 'N', 'G' }).filename("a.png");
			return client.post()
				.uri(uri)
				.contentType(MediaType.MULTIPART_FORM_DATA)
				.body(BodyInserters.fromMultipartData(parts.build()))
				.exchange();
		}
		return client.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("_csrf", csrf)
				.with("story", "<script>alert(1)</script>")
				.with("lotCode", "L-NEW")
				.with("producedOn", "2026-10-01")
				.with("kind", "HARVEST")
				.with("at", "2026-10-01T08:00")
				.with("place", "Ruộng"))
			.exchange();
	}

	private static Arguments endpoint(HttpMethod method, Function<Ids, String> path) {
		return Arguments.of(method, new Named(path));
	}

	record Ids(long product, long batch, long photo, long document) {

	}

	/**
	 * A path template that prints as the endpoint it names.
	 */
	record Named(Function<Ids, String> path) implements Function<Ids, String> {

		@Override
		public String apply(Ids ids) {
			return this.path.apply(ids);
		}

		@Override
		public String toString() {
			return this.path.apply(new Ids(1, 2, 3, 4)).replaceAll("/\\d+", "/{id}");
		}

	}

}
