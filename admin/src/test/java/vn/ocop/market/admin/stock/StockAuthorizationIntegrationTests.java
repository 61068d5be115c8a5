package vn.ocop.market.admin.stock;

import java.util.UUID;
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
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.ProducerAccounts;
import vn.ocop.market.admin.StockAccounts;
import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * Every operator endpoint three times: the operator of the location gets it with its data
 * (the control that proves the route exists), an operator of another location gets 404
 * and never the data, and an anonymous visitor meets the login.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockAuthorizationIntegrationTests {

	static final String MARK = "Showroom Chủ Nhà";

	static final String PRODUCT = "Trà sen Tây Hồ";

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	StockLedger ledger;

	Ids ids;

	BrowserSession owner;

	BrowserSession foreigner;

	@BeforeAll
	void twoOperatorsOfTwoLocations() {
		long home = StockFixtures.location(MARK).insert(this.db);
		long away = StockFixtures.location("Điểm bán Nơi Khác").province("46").insert(this.db);
		long warehouse = StockFixtures.location("Kho Trung Tâm").warehouse().insert(this.db);
		long product = product(PRODUCT).gtin("08934588012228").insert(this.db);
		this.ledger.apply(Movement.receive(home, product, 20, null, "setup")).block();
		this.ledger.apply(Movement.receive(warehouse, product, 20, null, "setup")).block();
		StockAccounts accounts = new StockAccounts(this.db, this.encoder);
		accounts.operator("chu@ocop.test", home);
		accounts.operator("khach@ocop.test", away);
		this.owner = BrowserSession.login(this.client, "chu@ocop.test", StockAccounts.PASSWORD);
		this.foreigner = BrowserSession.login(this.client, "khach@ocop.test", StockAccounts.PASSWORD);
		long sale = sale(home, product);
		this.ids = new Ids(home, product, sale, transfer(warehouse, home, product, "REQUESTED"),
				transfer(home, warehouse, product, "REQUESTED"), transfer(warehouse, home, product, "SENT"),
				transfer(home, warehouse, product, "REQUESTED"));
	}

	static Stream<Arguments> operatorEndpoints() {
		return Stream.of(get((i) -> "/stock/" + i.location()), get((i) -> "/stock/" + i.location() + "/sale"),
				get((i) -> "/stock/" + i.location() + "/receive"), get((i) -> "/stock/" + i.location() + "/return"),
				get((i) -> "/stock/" + i.location() + "/adjust"), get((i) -> "/stock/" + i.location() + "/transfers"),
				get((i) -> "/stock/" + i.location() + "/transfers/new"),
				get((i) -> "/stock/" + i.location() + "/count"), get((i) -> "/stock/" + i.location() + "/day"),
				get((i) -> "/stock/" + i.location() + "/day.csv"), get((i) -> "/stock/" + i.location() + "/day.xlsx"),
				get((i) -> "/stock/sales/" + i.sale()), get((i) -> "/stock/transfers/" + i.incoming()),
				post((i) -> "/stock/" + i.location() + "/sale", "action", "review", "product", "{product}", "quantity",
						"1", "saleKey", UUID.randomUUID().toString()),
				post((i) -> "/stock/" + i.location() + "/receive", "action", "add", "find", PRODUCT),
				post((i) -> "/stock/" + i.location() + "/return", "action", "add", "find", PRODUCT),
				post((i) -> "/stock/" + i.location() + "/adjust", "action", "add", "find", PRODUCT),
				post((i) -> "/stock/" + i.location() + "/transfers/new", "action", "add", "find", PRODUCT),
				post((i) -> "/stock/" + i.location() + "/count", "action", "preview", "counted_{product}", "20"),
				post((i) -> "/stock/" + i.location() + "/thresholds/" + i.product(), "threshold", "3"),
				post((i) -> "/stock/transfers/" + i.outgoing() + "/send"),
				post((i) -> "/stock/transfers/" + i.arriving() + "/receive", "received_{line}", "1"),
				post((i) -> "/stock/transfers/" + i.cancellable() + "/cancel"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("operatorEndpoints")
	void theOperatorOfTheLocationGetsItsData(HttpMethod method, Endpoint endpoint) {
		EntityExchangeResult<byte[]> result = send(this.owner, method, endpoint);
		assertThat(result.getStatus().value()).as(endpoint.path(this.ids)).isIn(200, 303, 422);
		if (result.getStatus().value() != 303 && !endpoint.path(this.ids).contains("day.")) {
			assertThat(body(result)).containsAnyOf(MARK, PRODUCT);
		}
		if (endpoint.path(this.ids).endsWith("day.csv")) {
			assertThat(body(result)).contains("Tiền mặt");
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("operatorEndpoints")
	void anOperatorOfAnotherLocationGetsNotFound(HttpMethod method, Endpoint endpoint) {
		EntityExchangeResult<byte[]> result = send(this.foreigner, method, endpoint);
		assertThat(result.getStatus().value()).as(endpoint.path(this.ids)).isEqualTo(404);
		assertThat(body(result)).doesNotContain(MARK).doesNotContain(PRODUCT);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("operatorEndpoints")
	void anAnonymousVisitorMeetsTheLogin(HttpMethod method, Endpoint endpoint) {
		EntityExchangeResult<byte[]> result = send(BrowserSession.anonymous(this.client), method, endpoint);
		assertThat(result.getStatus().is3xxRedirection()).as(endpoint.path(this.ids)).isTrue();
		assertThat(result.getResponseHeaders().getLocation()).hasToString("/login");
	}

	@Test
	void aProducerCannotOpenTheStockPages() {
		new ProducerAccounts(this.db, this.encoder).productWithAccount(product("Bánh in Hội An").producer("Lò bánh"),
				"lo.banh@ocop.test");
		BrowserSession producer = BrowserSession.login(this.client, "lo.banh@ocop.test", ProducerAccounts.PASSWORD);
		producer.client().get().uri("/stock/" + this.ids.location()).exchange().expectStatus().isForbidden();
		producer.client().get().uri("/stock").exchange().expectStatus().isForbidden();
	}

	@Test
	void theOfficeSeesEveryLocation() {
		BrowserSession office = BrowserSession.login(this.client, IntegrationTest.ADMIN_EMAIL,
				IntegrationTest.ADMIN_PASSWORD);
		office.client()
			.get()
			.uri("/stock/" + this.ids.location())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(containsString(MARK));
	}

	private EntityExchangeResult<byte[]> send(BrowserSession session, HttpMethod method, Endpoint endpoint) {
		String uri = endpoint.path(this.ids);
		if (method == HttpMethod.GET) {
			return session.client().get().uri(uri).exchange().expectBody().returnResult();
		}
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("_csrf", session.csrfOf("/login"));
		for (int i = 0; i < endpoint.fields().length; i += 2) {
			form.add(fill(endpoint.fields()[i]), fill(endpoint.fields()[i + 1]));
		}
		return session.client()
			.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectBody()
			.returnResult();
	}

	private String fill(String value) {
		return value.replace("{product}", Long.toString(this.ids.product()))
			.replace("{line}", Long.toString(lineOf(this.ids.arriving())));
	}

	private long lineOf(long transfer) {
		return this.db.sql("SELECT id FROM stock_transfer_line WHERE transfer_id = :t")
			.bind("t", transfer)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
	}

	private static String body(EntityExchangeResult<byte[]> result) {
		return (result.getResponseBody() != null) ? new String(result.getResponseBody()) : "";
	}

	private long sale(long location, long product) {
		this.owner
			.postForm("/stock/" + location + "/sale", "action", "confirm", "product", Long.toString(product),
					"quantity", "1", "method", "CASH", "saleKey", UUID.randomUUID().toString())
			.expectStatus()
			.isSeeOther();
		return this.db.sql("SELECT max(id) AS id FROM stock_sale")
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
	}

	private long transfer(long from, long to, long product, String status) {
		long id = this.db.sql("""
				INSERT INTO stock_transfer (from_location_id, to_location_id, requested_by) VALUES (:from, :to, 'setup')
				RETURNING id""")
			.bind("from", from)
			.bind("to", to)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
		this.db.sql("INSERT INTO stock_transfer_line (transfer_id, product_id, requested) VALUES (:t, :p, 2)")
			.bind("t", id)
			.bind("p", product)
			.then()
			.block();
		if ("SENT".equals(status)) {
			this.db.sql("UPDATE stock_transfer SET status = 'SENT', sent_at = now(), sent_by = 'setup' WHERE id = :t")
				.bind("t", id)
				.then()
				.block();
			this.db.sql("UPDATE stock_transfer_line SET sent = 2 WHERE transfer_id = :t").bind("t", id).then().block();
			this.ledger.apply(Movement.transferOut(from, product, 2, null, id, "setup")).block();
		}
		return id;
	}

	private static Arguments get(Function<Ids, String> path) {
		return Arguments.of(HttpMethod.GET, new Endpoint(path, new String[0]));
	}

	private static Arguments post(Function<Ids, String> path, String... fields) {
		return Arguments.of(HttpMethod.POST, new Endpoint(path, fields));
	}

	/**
	 * @param incoming a transfer to the location, waiting to be sent
	 * @param outgoing a transfer from the location, waiting to be sent
	 * @param arriving a transfer to the location, sent
	 * @param cancellable a transfer from the location, waiting
	 */
	record Ids(long location, long product, long sale, long incoming, long outgoing, long arriving, long cancellable) {

	}

	/**
	 * A path template with its form fields, printed as the endpoint it names.
	 */
	record Endpoint(Function<Ids, String> path, String[] fields) {

		String path(Ids ids) {
			return this.path.apply(ids);
		}

		@Override
		public String toString() {
			return this.path.apply(new Ids(1, 2, 3, 4, 5, 6, 7)).replaceAll("/\\d+", "/{id}");
		}

	}

}
