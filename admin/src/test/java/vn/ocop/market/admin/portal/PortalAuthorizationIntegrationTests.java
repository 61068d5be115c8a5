package vn.ocop.market.admin.portal;

import java.time.YearMonth;
import java.time.ZoneId;
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
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.ProducerAccounts;
import vn.ocop.market.admin.account.Accounts;
import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * Every producer endpoint three times: the producer who owns the product, batch, photo or
 * document gets it with its data (the control that proves the route exists); another
 * producer using those ids gets 404, never the data and never a 403 that would tell the
 * id exists; an anonymous visitor meets the login. Operators get nothing at all.
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

	@Autowired
	StockLedger ledger;

	static final String MONTH = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

	Ids foreign;

	BrowserSession owner;

	BrowserSession mallory;

	@BeforeAll
	void twoProducers() {
		ProducerAccounts producers = new ProducerAccounts(this.db, this.encoder);
		long theirs = producers.productWithAccount(product("Mắm cá linh Hồng Ngự").producer("Cơ sở Năm Hồng"),
				"nam.hong@ocop.test");
		long batch = producers.batch(theirs, "L-THEIRS");
		this.foreign = new Ids(theirs, batch, producers.photo(theirs), producers.document(batch),
				consigned(theirs, batch));
		this.owner = BrowserSession.login(this.client, "nam.hong@ocop.test", ProducerAccounts.PASSWORD);
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
				endpoint(HttpMethod.GET, (ids) -> "/portal/batches/" + ids.batch() + "/labels.pdf?count=3"),
				endpoint(HttpMethod.GET, (ids) -> "/portal/statements/" + ids.location() + "/" + MONTH),
				endpoint(HttpMethod.GET, (ids) -> "/portal/statements/" + ids.location() + "/" + MONTH + ".pdf"),
				endpoint(HttpMethod.GET, (ids) -> "/portal/statements/" + ids.location() + "/" + MONTH + ".xlsx"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("producerEndpoints")
	void theProducerWhoOwnsItGetsItsData(HttpMethod method, Function<Ids, String> path) {
		String uri = path.apply(this.foreign);
		EntityExchangeResult<byte[]> result = send(this.owner.client(), method, uri, this.owner.csrfOf("/portal"))
			.expectBody()
			.returnResult();
		assertThat(result.getStatus().value()).as(uri).isIn(200, 303, 422);
		boolean file = method == HttpMethod.GET && (uri.contains(".pdf") || uri.contains(".xlsx")
				|| uri.contains("/thumbnail") || uri.startsWith("/portal/documents/"));
		if (result.getStatus().value() != 303 && !file) {
			assertThat(new String(result.getResponseBody())).as(uri).containsAnyOf("Mắm cá linh", "L-THEIRS");
		}
		if (file) {
			assertThat(result.getResponseBody()).as(uri).isNotEmpty();
		}
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
		BrowserSession anonymous = BrowserSession.anonymous(this.client);
		send(anonymous.client(), method, path.apply(this.foreign), anonymous.csrfOf("/login")).expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.value(HttpHeaders.LOCATION, containsString("/login"));
	}

	@Test
	void aPostWithoutTheFormsTokenIsRefused() {
		this.client.post()
			.uri("/portal/products/" + this.foreign.product() + "/story")
			.exchange()
			.expectStatus()
			.isForbidden();
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

	/**
	 * A showroom holding some of the product, for the statements.
	 */
	private long consigned(long product, long batch) {
		long location = StockFixtures.location("Showroom Đồng Tháp").province("82").insert(this.db);
		this.ledger.apply(Movement.receive(location, product, 6, batch, "setup")).block();
		return location;
	}

	record Ids(long product, long batch, long photo, long document, long location) {

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
			return this.path.apply(new Ids(1, 2, 3, 4, 5)).replaceAll("/\\d+", "/{id}");
		}

	}

}
