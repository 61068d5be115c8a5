package vn.ocop.market.storefront.cart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cart as a small JSON API, for a mobile or mini app: the cart id is its bearer (no
 * cookie, so no CSRF), and every answer is the cart priced again with each line's
 * problems.
 */
@RestController
class CartApiController {

	private final Carts carts;

	private final CartEditor editor;

	private final MessageSource messages;

	CartApiController(Carts carts, CartEditor editor, MessageSource messages) {
		this.carts = carts;
		this.editor = editor;
		this.messages = messages;
	}

	@PostMapping("/api/carts")
	Mono<ResponseEntity<Map<String, Object>>> create() {
		return this.carts.create()
			.flatMap((cart) -> this.editor.view(cart).map((quote) -> json(cart, quote)))
			.map((body) -> ResponseEntity.status(HttpStatus.CREATED).body(body));
	}

	@GetMapping("/api/carts/{cartId}")
	Mono<ResponseEntity<Map<String, Object>>> cart(@PathVariable String cartId) {
		return existing(cartId)
			.flatMap((cart) -> this.editor.view(cart).map((quote) -> ResponseEntity.ok(json(cart, quote))))
			.defaultIfEmpty(notFound());
	}

	@PutMapping("/api/carts/{cartId}/lines/{slug}")
	Mono<ResponseEntity<Map<String, Object>>> line(@PathVariable String cartId, @PathVariable String slug,
			@RequestBody Map<String, Object> body, Locale locale) {
		Object quantity = body.get("quantity");
		if (!(quantity instanceof Integer count) || count < 0 || count > this.editor.maxPerLine()) {
			return Mono.just(ApiErrors.invalid("quantity", "OUT_OF_RANGE",
					this.messages.getMessage("api.cart.quantity", new Object[] { this.editor.maxPerLine() }, locale)));
		}
		return existing(cartId)
			.flatMap((cart) -> this.editor.set(cart, slug, count)
				.map((quote) -> ResponseEntity.ok(json(cart, quote)))
				.onErrorResume(CartEditor.NotAddableException.class,
						(refused) -> Mono.just(ApiErrors.of(
								(refused.why() == CartEditor.NotAddableException.Why.UNKNOWN) ? HttpStatus.NOT_FOUND
										: HttpStatus.UNPROCESSABLE_ENTITY,
								refused.why().name(),
								this.messages.getMessage("cart.refused." + refused.why(), null, locale)))))
			.defaultIfEmpty(notFound());
	}

	private Mono<UUID> existing(String cartId) {
		try {
			UUID id = UUID.fromString(cartId);
			return this.carts.exists(id).filter(Boolean::booleanValue).map((found) -> id);
		}
		catch (IllegalArgumentException ex) {
			return Mono.empty();
		}
	}

	private static ResponseEntity<Map<String, Object>> notFound() {
		return ApiErrors.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "No such cart");
	}

	static Map<String, Object> json(UUID cart, Quote quote) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cartId", cart.toString());
		body.put("lines", lines(quote.lines()));
		Map<String, Object> totals = new LinkedHashMap<>();
		totals.put("units", quote.units());
		totals.put("subtotalVnd", quote.subtotalVnd());
		body.put("totals", totals);
		return body;
	}

	static List<Map<String, Object>> lines(List<CartLine> lines) {
		return lines.stream().map((line) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("slug", line.slug());
			item.put("name", line.name());
			item.put("quantity", line.quantity());
			item.put("unitPriceVnd", line.priceVnd());
			item.put("amountVnd", line.amount());
			item.put("available", line.available());
			item.put("problems", line.problems().stream().map(Enum::name).toList());
			return item;
		}).toList();
	}

}
