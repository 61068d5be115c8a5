package vn.ocop.market.storefront.checkout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.catalog.order.PaymentMethod;
import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.storefront.cart.ApiErrors;
import vn.ocop.market.storefront.cart.CartLine;
import vn.ocop.market.storefront.cart.Carts;
import vn.ocop.market.storefront.payment.Payments;
import vn.ocop.market.storefront.system.SiteUrl;

/**
 * Checkout as JSON: {@code POST /api/carts/{cartId}/checkout} with an
 * {@code Idempotency-Key} header. The same key gets the same answer again, never a second
 * order; a short line gets 409 and nothing is reserved; bad input gets 422 with each
 * field's error.
 */
@RestController
class CheckoutApiController {

	private final Carts carts;

	private final Checkout checkout;

	private final Destinations destinations;

	private final Payments payments;

	private final OrderMails mails;

	private final MessageSource messages;

	CheckoutApiController(Carts carts, Checkout checkout, Destinations destinations, Payments payments,
			OrderMails mails, MessageSource messages) {
		this.carts = carts;
		this.checkout = checkout;
		this.destinations = destinations;
		this.payments = payments;
		this.mails = mails;
		this.messages = messages;
	}

	@PostMapping("/api/carts/{cartId}/checkout")
	Mono<ResponseEntity<Map<String, Object>>> checkout(@PathVariable String cartId,
			@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody Map<String, Object> body, ServerWebExchange exchange, Locale locale) {
		if (key == null || key.length() < 8 || key.length() > 255) {
			return Mono.just(
					ApiErrors.of(HttpStatus.BAD_REQUEST, "MISSING_IDEMPOTENCY_KEY", text("api.checkout.key", locale)));
		}
		UUID cart = uuid(cartId);
		if (cart == null) {
			return Mono.just(ApiErrors.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "No such cart"));
		}
		List<Map<String, String>> errors = new ArrayList<>();
		String name = field(body, "name");
		String phone = Buyer.phone(field(body, "phone"));
		String email = field(body, "email");
		Province province = this.destinations.of(field(body, "province")).orElse(null);
		String address = field(body, "address");
		PaymentMethod method = method(field(body, "paymentMethod"));
		check(errors, name.isBlank() || name.length() > 120, "name", "REQUIRED", "checkout.error.name", locale);
		check(errors, phone == null, "phone", "PHONE", "checkout.error.phone", locale);
		check(errors, !email.isBlank() && Buyer.email(email) == null, "email", "EMAIL", "checkout.error.email", locale);
		check(errors, province == null, "province", "UNKNOWN_PROVINCE", "checkout.error.province", locale);
		check(errors, address.isBlank() || address.length() > 300, "address", "REQUIRED", "checkout.error.address",
				locale);
		check(errors, method == null || !this.payments.offers(method), "paymentMethod", "UNKNOWN_VALUE",
				"checkout.error.method", locale);
		if (!errors.isEmpty()) {
			return Mono.just(ApiErrors.invalid(errors));
		}
		Buyer buyer = new Buyer(name, phone, Buyer.email(email), province.code(), address);
		return this.carts.exists(cart)
			.filter(Boolean::booleanValue)
			.flatMap((found) -> this.checkout.place(cart, buyer, province, method, key, null))
			.flatMap((placed) -> answer(placed, exchange))
			.onErrorResume(CheckoutException.class, (refusal) -> Mono.just(refusal(refusal, locale)))
			.defaultIfEmpty(ApiErrors.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "No such cart"));
	}

	private Mono<ResponseEntity<Map<String, Object>>> answer(Checkout.Placed placed, ServerWebExchange exchange) {
		String site = SiteUrl.of(exchange);
		if (!placed.again()) {
			this.mails.confirm(placed, site);
		}
		Mono<Map<String, Object>> payment = switch (placed.method()) {
			case COD -> Mono.just(Map.of("method", "COD"));
			case VIETQR -> Mono.just(Map.of("method", "VIETQR", "vietqr",
					Map.of("payload", this.payments.vietQr(placed.totalVnd(), placed.reference()).payload(), "imageUrl",
							site + "/don-hang/" + placed.reference() + "/vietqr.svg?t=" + placed.token())));
			case CARD -> this.payments.cardSession(placed.id(), site)
				.map((url) -> Map.<String, Object>of("method", "CARD", "checkoutUrl", url))
				.defaultIfEmpty(Map.of("method", "CARD"));
		};
		return payment.map((pay) -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("reference", placed.reference());
			body.put("status", placed.status());
			body.put("totalVnd", placed.totalVnd());
			body.put("orderUrl", site + placed.path());
			body.put("payment", pay);
			return ResponseEntity.status(HttpStatus.CREATED).body(body);
		});
	}

	private ResponseEntity<Map<String, Object>> refusal(CheckoutException refusal, Locale locale) {
		return switch (refusal.reason()) {
			case EMPTY ->
				ApiErrors.of(HttpStatus.UNPROCESSABLE_ENTITY, "CART_EMPTY", text("api.checkout.empty", locale));
			case KEY_REUSED -> ApiErrors.of(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
					text("api.checkout.key-reused", locale));
			case OUT_OF_STOCK, CART_CHANGED, QUOTE_CHANGED -> {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("error",
						(refusal.reason() == CheckoutException.Reason.OUT_OF_STOCK) ? "OUT_OF_STOCK" : "CART_CHANGED");
				body.put("message", text("checkout.out-of-stock", locale));
				body.put("lines",
						refusal.quote()
							.lines()
							.stream()
							.filter((line) -> !line.orderable() || refusal.shortProducts().contains(line.productId()))
							.map(CheckoutApiController::shortLine)
							.toList());
				yield ResponseEntity.status(HttpStatus.CONFLICT).body(body);
			}
		};
	}

	private static Map<String, Object> shortLine(CartLine line) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("slug", line.slug());
		item.put("requested", line.quantity());
		item.put("available", line.available());
		item.put("problems", line.problems().stream().map(Enum::name).toList());
		return item;
	}

	private void check(List<Map<String, String>> errors, boolean wrong, String parameter, String code, String key,
			Locale locale) {
		if (wrong) {
			errors.add(Map.of("parameter", parameter, "code", code, "message", text(key, locale)));
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String field(Map<String, Object> body, String name) {
		Object value = body.get(name);
		return (value instanceof String text) ? text.strip() : "";
	}

	private static PaymentMethod method(String value) {
		try {
			return PaymentMethod.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
