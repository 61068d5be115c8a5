package vn.ocop.market.storefront.checkout;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.storefront.IntegrationTest;
import vn.ocop.market.storefront.Shop;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * The cart and checkout as the JSON API a mobile or mini app uses: the cart id is its
 * bearer; the same Idempotency-Key gets the same answer; a storm of buyers for the last
 * units makes exactly as many orders as there are units.
 */
@IntegrationTest
class CheckoutApiIntegrationTests {

	static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	StockLedger ledger;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	Shop shop;

	long warehouse;

	long product;

	String slug;

	@BeforeEach
	void aProductInStock() {
		String tag = Long.toString(System.nanoTime()).substring(8);
		this.shop = new Shop(this.db, this.ledger, this.clock);
		this.warehouse = this.shop.warehouse("Kho Huế " + tag, "46");
		this.product = this.shop.product(product("Mè xửng " + tag).price(45_000L).province("46"), this.warehouse, 10);
		this.slug = vn.ocop.market.catalog.text.Slugs.of("Mè xửng " + tag);
	}

	@Test
	void aCartIsCreatedFilledAndReadBackWithEachLinesProblems() {
		String cart = newCart();
		Map<String, Object> body = setLine(cart, this.slug, 3).expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(body).containsEntry("cartId", cart);
		assertThat(lines(body)).singleElement()
			.satisfies((line) -> assertThat(line).containsEntry("quantity", 3)
				.containsEntry("amountVnd", 135000)
				.containsEntry("problems", List.of()));
		this.shop.sell(this.warehouse, this.product, 8);
		Map<String, Object> read = this.client.get()
			.uri("/api/carts/" + cart)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(lines(read).get(0)).containsEntry("available", 2).containsEntry("problems", List.of("LIMITED"));
		setLine(cart, this.slug, 0).expectStatus().isOk().expectBody().jsonPath("$.lines.length()").isEqualTo(0);
		setLine(cart, this.slug, 99).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("INVALID_PARAMETER");
		this.client.get().uri("/api/carts/" + UUID.randomUUID()).exchange().expectStatus().isNotFound();
	}

	@Test
	void theSameKeyGetsTheSameOrderAndAnotherRequestUnderItIsRefused() {
		String cart = newCart();
		setLine(cart, this.slug, 2);
		String key = UUID.randomUUID().toString();
		Map<String, Object> first = checkout(cart, key, "Huế", "VIETQR").expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(first).containsEntry("status", "PENDING_PAYMENT").containsEntry("totalVnd", 109000);
		@SuppressWarnings("unchecked")
		Map<String, Object> payment = (Map<String, Object>) first.get("payment");
		assertThat(payment).containsEntry("method", "VIETQR");
		assertThat(payment.get("vietqr").toString()).contains("imageUrl=").contains("payload=000201010212");
		Map<String, Object> again = checkout(cart, key, "Huế", "VIETQR").expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(again.get("reference")).isEqualTo(first.get("reference"));
		checkout(cart, key, "Huế", "COD").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(this.shop.reserved(this.warehouse, this.product)).isEqualTo(2);
		String url = (String) first.get("orderUrl");
		this.client.get()
			.uri(url.substring(url.indexOf("/don-hang/"))
				.replace("/don-hang/", "/api/orders/")
				.replace("?t=", "?token="))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.reference")
			.isEqualTo(first.get("reference"))
			.jsonPath("$.timeline[0].to")
			.isEqualTo("PENDING_PAYMENT")
			.jsonPath("$.shipments[0].feeVnd")
			.isEqualTo(19000);
		this.client.get()
			.uri("/api/orders/" + first.get("reference") + "?token=wrong")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void badInputGetsEachFieldsErrorAndAMissingKeyIsRefused() {
		String cart = newCart();
		setLine(cart, this.slug, 1);
		this.client.post()
			.uri("/api/carts/" + cart + "/checkout")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Lan"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("MISSING_IDEMPOTENCY_KEY");
		this.client.post()
			.uri("/api/carts/" + cart + "/checkout")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(
					Map.of("name", "", "phone", "123", "province", "Atlantis", "address", "x", "paymentMethod", "CARD"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("INVALID_PARAMETER")
			.jsonPath("$.errors[*].parameter")
			.value((parameters) -> assertThat(parameters.toString()).contains("name")
				.contains("phone")
				.contains("province")
				.contains("paymentMethod"));
	}

	@Test
	void aShortLineGets409WithTheLineAndNothingIsReserved() {
		String cart = newCart();
		setLine(cart, this.slug, 4);
		this.shop.sell(this.warehouse, this.product, 8);
		checkout(cart, UUID.randomUUID().toString(), "Huế", "COD").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("CART_CHANGED")
			.jsonPath("$.lines[0].slug")
			.isEqualTo(this.slug)
			.jsonPath("$.lines[0].available")
			.isEqualTo(2);
		assertThat(this.shop.reserved(this.warehouse, this.product)).isZero();
	}

	@Test
	void twoHundredBuyersForTheLastTenUnitsMakeExactlyTenOrders() {
		String tag = Long.toString(System.nanoTime()).substring(8);
		long last = this.shop.product(product("Bánh bột lọc " + tag).price(30_000L).province("46"), this.warehouse, 10);
		String lastSlug = vn.ocop.market.catalog.text.Slugs.of("Bánh bột lọc " + tag);
		List<String> carts = Flux.range(0, 200).concatMap((i) -> Mono.fromCallable(() -> {
			String cart = newCart();
			setLine(cart, lastSlug, 1);
			return cart;
		})).collectList().block();
		WebClient web = WebClient.create("http://localhost:" + this.port);
		AtomicInteger ordered = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		Flux.fromIterable(carts)
			.flatMap((cart) -> web.post()
				.uri("/api/carts/" + cart + "/checkout")
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(buyer("Huế", "COD"))
				.exchangeToMono((response) -> Mono.just(response.statusCode().value())), 50)
			.doOnNext((status) -> (status == 201 ? ordered : refused).incrementAndGet())
			.blockLast();
		assertThat(ordered.get()).isEqualTo(10);
		assertThat(refused.get()).isEqualTo(190);
		assertThat(this.shop.reserved(this.warehouse, last)).isEqualTo(10);
		assertThat(this.shop.count("""
				SELECT count(*) FROM stock_level l WHERE l.on_hand < l.reserved OR l.reserved < 0
				   OR l.reserved <> (SELECT coalesce(sum(reserved_delta), 0) FROM stock_movement m
				                     WHERE m.location_id = l.location_id AND m.product_id = l.product_id)""")).isZero();
	}

	private String newCart() {
		return (String) this.client.post()
			.uri("/api/carts")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody()
			.get("cartId");
	}

	private WebTestClient.ResponseSpec setLine(String cart, String slug, int quantity) {
		return this.client.put()
			.uri("/api/carts/" + cart + "/lines/" + slug)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("quantity", quantity))
			.exchange();
	}

	private WebTestClient.ResponseSpec checkout(String cart, String key, String province, String method) {
		return this.client.post()
			.uri("/api/carts/" + cart + "/checkout")
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(buyer(province, method))
			.exchange();
	}

	private static Map<String, Object> buyer(String province, String method) {
		return Map.of("name", "Trần Văn Minh", "phone", "+84 905 123 456", "email", "minh@example.vn", "province",
				province, "address", "Số 5 Lê Lợi, Thuận Hóa", "paymentMethod", method);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> lines(Map<String, Object> cart) {
		return (List<Map<String, Object>>) cart.get("lines");
	}

}
