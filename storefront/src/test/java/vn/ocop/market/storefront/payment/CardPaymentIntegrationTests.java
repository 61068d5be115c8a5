package vn.ocop.market.storefront.payment;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.storefront.IntegrationTest;
import vn.ocop.market.storefront.Shop;
import vn.ocop.market.testsupport.StripeStub;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * Card payments through our real Stripe code path (stripe-java and its signature check)
 * against a local stub that speaks Stripe's wire format: a VND session of whole đồng
 * opened with the order's key, webhooks signed as Stripe signs them applied once, in any
 * order, and refused when forged or stale; holds that end unpaid expire and release.
 */
@IntegrationTest
class CardPaymentIntegrationTests {

	static final String WEBHOOK_SECRET = "whsec_test_ocop";

	static final StripeStub STRIPE = new StripeStub(WEBHOOK_SECRET).start();

	static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@DynamicPropertySource
	static void stripe(DynamicPropertyRegistry registry) {
		STRIPE.configure(registry);
	}

	@AfterAll
	static void stopStripe() {
		STRIPE.close();
	}

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	StockLedger ledger;

	@Autowired
	Clock clock;

	@Autowired
	HoldExpiry expiry;

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
		this.warehouse = this.shop.warehouse("Kho Đà Nẵng " + tag, "48");
		this.product = this.shop.product(product("Nước mắm Nam Ô " + tag).price(120_000L).province("48"),
				this.warehouse, 10);
		this.slug = vn.ocop.market.catalog.text.Slugs.of("Nước mắm Nam Ô " + tag);
	}

	@Test
	void aCardOrderOpensAVndSessionOfWholeDongWithTheOrdersKey() {
		Order order = cardOrder(2);
		assertThat(order.checkoutUrl()).startsWith(STRIPE.baseUrl() + "/pay/cs_test_");
		StripeStub.RecordedRequest created = STRIPE.requests("POST", "/v1/checkout/sessions")
			.stream()
			.filter((request) -> order.reference().equals(request.form.get("client_reference_id")))
			.findFirst()
			.orElseThrow();
		assertThat(created.form).containsEntry("line_items[0][price_data][currency]", "vnd")
			.containsEntry("line_items[0][price_data][unit_amount]", "120000")
			.containsEntry("line_items[0][quantity]", "2")
			.containsEntry("line_items[1][price_data][unit_amount]", "19000")
			.containsEntry("mode", "payment");
		assertThat(created.header("Idempotency-Key")).startsWith("ocop-order-");
		assertThat(created.header("Authorization")).isEqualTo("Bearer " + StripeStub.SECRET_KEY);
		assertThat(STRIPE.session(order.session()).get("amount_total")).isEqualTo(259_000L);
		assertThat(status(order)).isEqualTo("PENDING_PAYMENT");
	}

	@Test
	void aCompletedSessionPaysTheOrderOnceHoweverOftenItsEventComes() {
		Order order = cardOrder(1);
		STRIPE.completeSession(order.session());
		StripeStub.SignedEvent completed = STRIPE.event("checkout.session.completed", order.session());
		assertThat(deliver(completed)).isEqualTo(200);
		assertThat(deliver(completed)).isEqualTo(200);
		assertThat(status(order)).isEqualTo("PAID");
		assertThat(this.shop.count("SELECT count(*) FROM payment WHERE kind = 'CHARGE' AND order_id = " + order.id()))
			.isEqualTo(1);
		assertThat(this.shop.count("SELECT paid_vnd FROM customer_order WHERE id = " + order.id())).isEqualTo(136_500);
		assertThat(this.shop.reserved(this.warehouse, this.product)).isEqualTo(1);
	}

	@Test
	void aForgedOrStaleSignatureIsRefusedAndChangesNothing() {
		Order order = cardOrder(1);
		STRIPE.completeSession(order.session());
		StripeStub.SignedEvent completed = STRIPE.event("checkout.session.completed", order.session());
		assertThat(deliver(completed.withHeader(STRIPE.signForged(completed.payload)))).isEqualTo(400);
		assertThat(deliver(completed.withHeader(STRIPE.signStale(completed.payload)))).isEqualTo(400);
		assertThat(deliver(completed.withHeader("t=abc"))).isEqualTo(400);
		assertThat(status(order)).isEqualTo("PENDING_PAYMENT");
		assertThat(this.shop.count("SELECT count(*) FROM webhook_event WHERE order_id = " + order.id())).isZero();
	}

	@Test
	void anExpiryThatArrivesAfterThePaymentLeavesTheOrderPaid() {
		Order order = cardOrder(1);
		StripeStub.SignedEvent expired = STRIPE.eventFor("checkout.session.expired", expiredCopy(order.session()));
		STRIPE.completeSession(order.session());
		deliver(STRIPE.event("checkout.session.completed", order.session()));
		assertThat(deliver(expired)).isEqualTo(200);
		assertThat(status(order)).isEqualTo("PAID");
		assertThat(this.shop.reserved(this.warehouse, this.product)).isEqualTo(1);
	}

	@Test
	void anExpiredSessionExpiresTheOrderAndReleasesItsUnits() {
		Order order = cardOrder(3);
		STRIPE.expireSessionNow(order.session());
		assertThat(deliver(STRIPE.event("checkout.session.expired", order.session()))).isEqualTo(200);
		assertThat(status(order)).isEqualTo("EXPIRED");
		assertThat(this.shop.reserved(this.warehouse, this.product)).isZero();
	}

	@Test
	void aPaymentAfterTheHoldExpiredIsKeptAndFlaggedNeverLost() {
		Order order = cardOrder(1);
		StripeStub.SignedEvent completed = completedCopy(order);
		this.shop
			.execute("UPDATE customer_order SET hold_until = now() - interval '1 minute' WHERE id = " + order.id());
		this.expiry.expireHolds().block();
		assertThat(status(order)).isEqualTo("EXPIRED");
		assertThat(STRIPE.session(order.session()).get("status")).as("the job ended the Stripe session")
			.isEqualTo("expired");
		assertThat(deliver(completed)).isEqualTo(200);
		assertThat(status(order)).isEqualTo("EXPIRED");
		assertThat(this.shop.count("SELECT count(*) FROM payment WHERE late AND order_id = " + order.id()))
			.isEqualTo(1);
		assertThat(this.shop.count("SELECT count(*) FROM customer_order WHERE needs_attention = 'PAID_AFTER_EXPIRED' "
				+ "AND id = " + order.id()))
			.isEqualTo(1);
	}

	@Test
	void aPaymentStripeTookJustBeforeTheHoldEndedIsRecordedInsteadOfExpiring() {
		Order order = cardOrder(1);
		STRIPE.completeSession(order.session());
		this.shop
			.execute("UPDATE customer_order SET hold_until = now() - interval '1 minute' WHERE id = " + order.id());
		this.expiry.expireHolds().block();
		assertThat(status(order)).isEqualTo("PAID");
	}

	@Test
	void aRefundInStripeRefundsTheOrder() {
		Order order = cardOrder(1);
		String intent = STRIPE.completeSession(order.session());
		deliver(STRIPE.event("checkout.session.completed", order.session()));
		Map<String, Object> charge = Map.of("id", "ch_" + order.reference(), "object", "charge", "amount", 136_500,
				"amount_refunded", 136_500, "currency", "vnd", "payment_intent", intent, "refunded", true);
		StripeStub.SignedEvent refunded = STRIPE.eventFor("charge.refunded", charge);
		assertThat(deliver(refunded)).isEqualTo(200);
		assertThat(deliver(refunded)).isEqualTo(200);
		assertThat(status(order)).isEqualTo("REFUNDED");
		assertThat(this.shop.count("SELECT refunded_vnd FROM customer_order WHERE id = " + order.id()))
			.isEqualTo(136_500);
		assertThat(this.shop.reserved(this.warehouse, this.product)).as("a refund before shipping releases").isZero();
	}

	@Test
	void anUnpaidVietQrHoldExpiresAndItsUnitsGoBack() {
		String cart = cart(3);
		Map<String, Object> order = checkout(cart, "VIETQR");
		assertThat(this.shop.reserved(this.warehouse, this.product)).isEqualTo(3);
		this.shop.execute("UPDATE customer_order SET hold_until = now() - interval '1 minute' WHERE reference = '"
				+ order.get("reference") + "'");
		assertThat(this.expiry.expireHolds().block()).isGreaterThanOrEqualTo(1L);
		assertThat(this.shop.reserved(this.warehouse, this.product)).isZero();
		assertThat(this.shop
			.count("SELECT count(*) FROM stock_movement WHERE kind = 'RELEASE' AND product_id = " + this.product))
			.isEqualTo(1);
	}

	private Order cardOrder(int quantity) {
		Map<String, Object> body = checkout(cart(quantity), "CARD");
		@SuppressWarnings("unchecked")
		Map<String, Object> payment = (Map<String, Object>) body.get("payment");
		String url = (String) payment.get("checkoutUrl");
		String reference = (String) body.get("reference");
		long id = this.shop.count("SELECT id FROM customer_order WHERE reference = '" + reference + "'");
		return new Order(id, reference, url, url.substring(url.lastIndexOf('/') + 1));
	}

	private String cart(int quantity) {
		String cart = (String) this.client.post()
			.uri("/api/carts")
			.exchange()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody()
			.get("cartId");
		this.client.put()
			.uri("/api/carts/" + cart + "/lines/" + this.slug)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("quantity", quantity))
			.exchange()
			.expectStatus()
			.isOk();
		return cart;
	}

	private Map<String, Object> checkout(String cart, String method) {
		return this.client.post()
			.uri("/api/carts/" + cart + "/checkout")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Lê Thị Hoa", "phone", "0905123456", "province", "Đà Nẵng", "address",
					"Số 36 Bạch Đằng", "paymentMethod", method))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * The completed event as Stripe would send it, built while the session is still open
	 * so that the test controls when it arrives.
	 */
	private StripeStub.SignedEvent completedCopy(Order order) {
		Map<String, Object> session = new java.util.LinkedHashMap<>(STRIPE.session(order.session()));
		session.put("status", "complete");
		session.put("payment_status", "paid");
		session.put("payment_intent", "pi_late_" + order.reference());
		return STRIPE.eventFor("checkout.session.completed", session);
	}

	private Map<String, Object> expiredCopy(String session) {
		Map<String, Object> expired = new java.util.LinkedHashMap<>(STRIPE.session(session));
		expired.put("status", "expired");
		return expired;
	}

	private int deliver(StripeStub.SignedEvent event) {
		return STRIPE.deliver(URI.create("http://localhost:" + this.port + "/stripe/webhook"), event);
	}

	private String status(Order order) {
		return this.db.sql("SELECT status FROM customer_order WHERE id = :id")
			.bind("id", order.id())
			.map((row, meta) -> row.get("status", String.class))
			.one()
			.block();
	}

	record Order(long id, String reference, String checkoutUrl, String session) {

	}

}
