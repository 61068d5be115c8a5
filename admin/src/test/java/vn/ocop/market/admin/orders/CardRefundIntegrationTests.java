package vn.ocop.market.admin.orders;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.catalog.fixtures.OrderFixtures;
import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.order.OrderStatus;
import vn.ocop.market.catalog.order.Orders;
import vn.ocop.market.catalog.order.PaymentMethod;
import vn.ocop.market.catalog.payment.StripeGateway;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.testsupport.StripeStub;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * The office refunds a card payment through Stripe (our real client against a local stub
 * of Stripe's API): in part, once however often the form is sent, and counted once when
 * Stripe's own webhook reports the same refund.
 */
@IntegrationTest
class CardRefundIntegrationTests {

	static final StripeStub STRIPE = new StripeStub("whsec_admin").start();

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
	StripeGateway stripe;

	@Autowired
	Orders orders;

	OrderFixtures.Placed order;

	String paymentIntent;

	BrowserSession office;

	@BeforeEach
	void aPaidCardOrder() {
		String tag = Long.toString(System.nanoTime());
		long warehouse = StockFixtures.location("Kho thẻ " + tag).warehouse().insert(this.db);
		long product = product("Trà shan tuyết " + tag).price(150_000L).insert(this.db);
		this.ledger.apply(Movement.receive(warehouse, product, 5, null, "setup")).block();
		this.order = OrderFixtures.placed(this.db, this.ledger, PaymentMethod.CARD, "01", "0912345678", warehouse,
				product, 1, 150_000);
		StripeGateway.CardSession session = this.stripe
			.session(
					new StripeGateway.CardOrder(this.order.reference(), null, "http://localhost/don-hang", null,
							List.of(new StripeGateway.CardOrder.Line("Trà shan tuyết", this.order.totalVnd(), 1))),
					"checkout-" + tag)
			.block();
		this.paymentIntent = STRIPE.completeSession(session.id());
		this.orders.paid(this.order.id(), "STRIPE", this.paymentIntent, this.order.totalVnd(), "stripe").block();
		this.office = BrowserSession.login(this.client, IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);
	}

	@Test
	void aPartialRefundGoesThroughStripeOnceHoweverOftenTheFormIsSent() {
		assertThat(state().status()).isEqualTo(OrderStatus.PAID);
		refund("40000", "same-form").expectStatus().isSeeOther();
		refund("40000", "same-form").expectStatus().isSeeOther();
		List<Map<String, Object>> refunds = STRIPE.refundsFor(this.paymentIntent);
		assertThat(refunds).hasSize(1);
		assertThat(((Number) refunds.get(0).get("amount")).longValue()).isEqualTo(40_000);
		assertThat(state().refundedVnd()).isEqualTo(40_000);
		assertThat(state().status()).isEqualTo(OrderStatus.PAID);
	}

	@Test
	void theRestRefundedMakesTheOrderRefundedAndStripesWebhookAddsNothing() {
		refund("40000", "first").expectStatus().isSeeOther();
		refund(Long.toString(this.order.totalVnd() - 40_000), "second").expectStatus().isSeeOther();
		assertThat(state().status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(state().refundedVnd()).isEqualTo(this.order.totalVnd());
		// charge.refunded reports the whole amount back: already recorded, nothing more
		assertThat(this.orders
			.refundedUpTo(this.order.id(), "STRIPE", "ch_x:" + this.order.totalVnd(), this.order.totalVnd(), "stripe")
			.block()).isFalse();
		assertThat(state().refundedVnd()).isEqualTo(this.order.totalVnd());
		assertThat(STRIPE.refundsFor(this.paymentIntent)).hasSize(2);
	}

	@Test
	void aRefundStripeRefusesChangesNothing() {
		STRIPE.failNext("POST", "/v1/refunds", 402, "card_error", "charge_disputed", "The charge is disputed.");
		refund("40000", "refused").expectStatus().isEqualTo(422).expectBody(String.class).value((html) -> {
			assertThat(html).contains("Stripe không thực hiện được");
		});
		assertThat(state().refundedVnd()).isZero();
		assertThat(state().status()).isEqualTo(OrderStatus.PAID);
	}

	private WebTestClient.ResponseSpec refund(String amount, String key) {
		return this.office.postForm("/orders/" + this.order.reference() + "/refunds", "amount", amount, "key", key);
	}

	private OrderFixtures.State state() {
		return OrderFixtures.state(this.db, this.order.id());
	}

}
