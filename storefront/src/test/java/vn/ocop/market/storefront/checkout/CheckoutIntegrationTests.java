package vn.ocop.market.storefront.checkout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import vn.ocop.market.catalog.payment.VietQr;
import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.storefront.IntegrationTest;
import vn.ocop.market.storefront.Shop;
import vn.ocop.market.storefront.Shopper;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * A shopper's cart and checkout through the pages, without JavaScript: what may go in,
 * what the cart says when things change, the parcels and their fees, an order placed once
 * however often the form is sent, and never a unit reserved that is not there.
 */
@IntegrationTest
class CheckoutIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	StockLedger ledger;

	@Autowired
	Clock clock;

	Shop shop;

	Shopper shopper;

	long hanoi;

	long honey;

	String tag;

	@BeforeEach
	void aWarehouseWithHoney() {
		this.tag = Long.toString(System.nanoTime()).substring(8);
		this.shop = new Shop(this.db, this.ledger, this.clock);
		this.hanoi = this.shop.warehouse("Kho Hà Nội " + this.tag, "01");
		this.honey = this.shop.product(product("Mật ong bạc hà " + this.tag).price(250_000L), this.hanoi, 5);
		this.shopper = new Shopper(this.client);
	}

	@Test
	void aProductGoesIntoTheCartUnderAnHttpOnlyCookie() {
		EntityExchangeResult<String> added = this.shopper.addToCart(slug("Mật ong bạc hà"), 2);
		assertThat(added.getStatus().value()).isEqualTo(303);
		ResponseCookie cart = added.getResponseCookies().getFirst("OCOP_CART");
		assertThat(cart.isHttpOnly()).isTrue();
		assertThat(cart.getSameSite()).isEqualTo("Lax");
		assertThat(added.getResponseCookies().getFirst("OCOP_CART_N").getValue()).isEqualTo("2");
		assertThat(this.shopper.get("/gio-hang").getResponseBody()).contains("Mật ong bạc hà " + this.tag)
			.contains("500.000 ₫");
	}

	@Test
	void onlyACertifiedPricedProductInStockOnlineGoesIn() {
		this.shop.product(product("Trà hoa vàng " + this.tag).certificationStatus("EXPIRED"), this.hanoi, 3);
		this.shop.product(product("Bánh tráng " + this.tag), this.hanoi, 0);
		assertThat(location(this.shopper.addToCart(slug("Trà hoa vàng"), 1))).endsWith("notAdded=NOT_CERTIFIED");
		assertThat(location(this.shopper.addToCart(slug("Bánh tráng"), 1))).endsWith("notAdded=OUT_OF_STOCK");
		assertThat(this.shopper.get("/gio-hang").getResponseBody()).contains("Giỏ hàng đang trống.");
	}

	@Test
	void theCartSaysWhatChangedSinceALineWentIn() {
		long tea = this.shop.product(product("Chè Tân Cương " + this.tag), this.hanoi, 3);
		long rice = this.shop.product(product("Gạo ST25 " + this.tag), this.hanoi, 3);
		this.shopper.addToCart(slug("Mật ong bạc hà"), 1);
		this.shopper.addToCart(slug("Chè Tân Cương"), 1);
		this.shopper.addToCart(slug("Gạo ST25"), 1);
		this.shop.execute("UPDATE product SET price_vnd = 270000 WHERE id = " + this.honey);
		this.shop.execute("UPDATE certification SET status = 'EXPIRED' WHERE product_id = " + tea);
		this.shop.sell(this.hanoi, rice, 3);
		String cart = this.shopper.get("/gio-hang").getResponseBody();
		assertThat(cart).contains("Giá đã thay đổi (trước đây 250.000 ₫)")
			.contains("Chứng nhận OCOP đã hết hạn")
			.contains("Đã hết hàng.")
			.doesNotContain("href=\"/thanh-toan\"");
	}

	@Test
	void aCashOnDeliveryOrderReservesItsUnitsEmptiesTheCartAndConfirmsByMail() throws IOException {
		this.shopper.addToCart(slug("Mật ong bạc hà"), 2);
		String key = UUID.randomUUID().toString();
		String priced = checkout(key, "", "COD").getResponseBody();
		assertThat(priced).contains("Kiện 1 từ Kho Hà Nội " + this.tag).contains("Nội tỉnh").contains("Đặt hàng · ");
		assertThat(this.shop.reserved(this.hanoi, this.honey)).isZero();
		EntityExchangeResult<String> placed = checkout(key, digest(priced), "COD");
		assertThat(placed.getStatus().value()).isEqualTo(303);
		String order = this.shopper.get(location(placed)).getResponseBody();
		assertThat(order).contains("Đã xác nhận").contains("Bạn thanh toán");
		assertThat(this.shop.reserved(this.hanoi, this.honey)).isEqualTo(2);
		assertThat(this.shopper.get("/gio-hang").getResponseBody()).contains("Giỏ hàng đang trống.");
		String reference = location(placed).replaceAll(".*/don-hang/(DH[0-9A-Z]{8}).*", "$1");
		try (Stream<Path> mails = Files.list(Path.of("target/mails"))) {
			assertThat(mails.map(this::read).filter((mail) -> mail.contains(reference))).hasSize(1);
		}
	}

	@Test
	void theSameFormSentTwiceIsOneOrder() {
		this.shopper.addToCart(slug("Mật ong bạc hà"), 1);
		String key = UUID.randomUUID().toString();
		String digest = digest(checkout(key, "", "COD").getResponseBody());
		String first = location(checkout(key, digest, "COD"));
		String again = location(checkout(key, digest, "COD"));
		assertThat(again).isEqualTo(first);
		assertThat(this.shop.count("SELECT count(*) FROM customer_order WHERE idempotency_key = '" + key + "'"))
			.isEqualTo(1);
		assertThat(this.shop.reserved(this.hanoi, this.honey)).isEqualTo(1);
	}

	@Test
	void aPriceThatChangedBetweenThePageAndTheOrderIsShownBeforeAnythingIsCharged() {
		this.shopper.addToCart(slug("Mật ong bạc hà"), 1);
		String key = UUID.randomUUID().toString();
		String digest = digest(checkout(key, "", "COD").getResponseBody());
		this.shop.execute("UPDATE product SET price_vnd = 260000 WHERE id = " + this.honey);
		EntityExchangeResult<String> refused = checkout(key, digest, "COD");
		assertThat(refused.getStatus().value()).isEqualTo(422);
		assertThat(refused.getResponseBody()).contains("Giá, tồn kho hoặc phí vận chuyển vừa thay đổi")
			.contains("260.000 ₫");
		assertThat(this.shop.count("SELECT count(*) FROM customer_order WHERE idempotency_key = '" + key + "'"))
			.isZero();
	}

	@Test
	void aLineThatFellShortSinceThePageSendsTheShopperBackToTheCartWithNothingReserved() {
		long soap = this.shop.product(product("Xà phòng sả " + this.tag).price(40_000L), this.hanoi, 2);
		this.shopper.addToCart(slug("Mật ong bạc hà"), 1);
		this.shopper.addToCart(slug("Xà phòng sả"), 2);
		String key = UUID.randomUUID().toString();
		String digest = digest(checkout(key, "", "COD").getResponseBody());
		this.ledger.apply(vn.ocop.market.catalog.stock.Movement.sale(this.hanoi, soap, 1, 1, null, "counter")).block();
		EntityExchangeResult<String> refused = checkout(key, digest, "COD");
		assertThat(location(refused)).isEqualTo("/gio-hang?changed");
		assertThat(this.shop.reserved(this.hanoi, this.honey)).isZero();
		assertThat(this.shopper.get("/gio-hang").getResponseBody()).contains("Mật ong bạc hà " + this.tag)
			.contains("Chỉ còn 1");
	}

	@Test
	void linesFromTwoWarehousesLeaveInTwoParcelsEachWithItsFee() {
		long delta = this.shop.warehouse("Kho Cần Thơ " + this.tag, "92");
		this.shop.product(product("Bánh pía " + this.tag).price(60_000L).province("92"), delta, 5);
		this.shopper.addToCart(slug("Mật ong bạc hà"), 1);
		this.shopper.addToCart(slug("Bánh pía"), 1);
		String page = checkout(UUID.randomUUID().toString(), "", "COD").getResponseBody();
		assertThat(page).contains("Kiện 1 từ Kho Hà Nội " + this.tag)
			.contains("Kiện 2 từ Kho Cần Thơ " + this.tag)
			.contains("phí vận chuyển 16.500 ₫")
			.contains("phí vận chuyển 30.500 ₫")
			.contains("357.000 ₫");
	}

	@Test
	void aLargeOrderShipsFree() {
		this.shopper.addToCart(slug("Mật ong bạc hà"), 3);
		assertThat(checkout(UUID.randomUUID().toString(), "", "COD").getResponseBody()).contains("miễn phí vận chuyển")
			.contains("750.000 ₫");
	}

	@Test
	void aVietQrOrderShowsItsCodeForTheAmountWithTheReferenceAsNote() {
		this.shopper.addToCart(slug("Mật ong bạc hà"), 1);
		String key = UUID.randomUUID().toString();
		String path = location(checkout(key, digest(checkout(key, "", "VIETQR").getResponseBody()), "VIETQR"));
		String reference = path.replaceAll(".*/don-hang/(DH[0-9A-Z]{8}).*", "$1");
		String page = this.shopper.get(path).getResponseBody();
		String payload = VietQr.forAmount("970436", "0011001932418", 266_500, reference).payload();
		assertThat(page).contains("Chờ thanh toán").contains(payload).contains("<svg").contains("được giữ cho bạn");
	}

	@Test
	void theOrderPageNeedsItsLinkOrTheReferenceAndPhone() {
		this.shopper.addToCart(slug("Mật ong bạc hà"), 1);
		String key = UUID.randomUUID().toString();
		String path = location(checkout(key, digest(checkout(key, "", "COD").getResponseBody()), "COD"));
		String reference = path.replaceAll(".*/don-hang/(DH[0-9A-Z]{8}).*", "$1");
		assertThat(this.shopper.get(path).getStatus().value()).isEqualTo(200);
		assertThat(this.shopper.get("/don-hang/" + reference + "?t=guess").getStatus().value()).isEqualTo(404);
		assertThat(this.shopper.get("/don-hang/" + reference).getStatus().value()).isEqualTo(404);
		assertThat(location(this.shopper.post("/tra-cuu-don-hang", "reference", reference.toLowerCase(), "phone",
				"+84 912 345 678")))
			.isEqualTo(path);
		EntityExchangeResult<String> wrongPhone = this.shopper.post("/tra-cuu-don-hang", "reference", reference,
				"phone", "0987654321");
		EntityExchangeResult<String> wrongReference = this.shopper.post("/tra-cuu-don-hang", "reference", "DH00000000",
				"phone", "0912345678");
		assertThat(wrongPhone.getStatus().value()).isEqualTo(404);
		assertThat(wrongReference.getStatus().value()).isEqualTo(404);
		assertThat(wrongPhone.getResponseBody()).contains("Không tìm thấy đơn hàng với mã và số điện thoại này.");
	}

	@Test
	void formsWithoutTheirTokenAreRefusedAndPagesCarryTheSecurityHeaders() {
		this.client.post()
			.uri("/gio-hang/them")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("slug", slug("Mật ong bạc hà")))
			.exchange()
			.expectStatus()
			.isForbidden();
		HttpHeaders headers = this.shopper.get("/gio-hang").getResponseHeaders();
		assertThat(headers.getFirst("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void badDeliveryDetailsAreRefusedFieldByField() {
		this.shopper.addToCart(slug("Mật ong bạc hà"), 1);
		EntityExchangeResult<String> refused = this.shopper.post("/thanh-toan", "key", UUID.randomUUID().toString(),
				"name", " ", "phone", "12345", "email", "lan@", "province", "Xứ Sở Thần Tiên", "address", "", "method",
				"COD", "quote", "");
		assertThat(refused.getStatus().value()).isEqualTo(422);
		assertThat(refused.getResponseBody()).contains("Hãy nhập họ và tên người nhận.")
			.contains("Số điện thoại cần có 10 chữ số")
			.contains("Email không hợp lệ.")
			.contains("Không nhận ra tỉnh/thành phố này.")
			.contains("Hãy nhập địa chỉ giao hàng.");
	}

	private EntityExchangeResult<String> checkout(String key, String digest, String method) {
		return this.shopper.post("/thanh-toan", "key", key, "name", "Nguyễn Thị Lan", "phone", "0912 345 678", "email",
				"lan." + this.tag + "@example.vn", "province", "Hà Nội", "address", "Số 1 Tràng Tiền, Hoàn Kiếm",
				"method", method, "quote", digest);
	}

	private static String digest(String page) {
		Matcher digest = Pattern.compile("name=\"quote\" value=\"([0-9a-f]+)\"").matcher(page);
		assertThat(digest.find()).as("the page carries the priced quote").isTrue();
		return digest.group(1);
	}

	private String slug(String name) {
		return vn.ocop.market.catalog.text.Slugs.of(name + " " + this.tag);
	}

	private static String location(EntityExchangeResult<String> result) {
		return result.getResponseHeaders().getLocation().toString();
	}

	/**
	 * A mail as its reader sees it: the subject, then the text.
	 */
	private String read(Path file) {
		try (var in = Files.newInputStream(file)) {
			jakarta.mail.internet.MimeMessage mail = new jakarta.mail.internet.MimeMessage(
					jakarta.mail.Session.getInstance(new java.util.Properties()), in);
			return mail.getSubject() + "\n" + mail.getContent();
		}
		catch (IOException | jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
