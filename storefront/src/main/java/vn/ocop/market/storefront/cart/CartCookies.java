package vn.ocop.market.storefront.cart;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The cart's cookies: its opaque random id (HttpOnly, SameSite=Lax, Secure behind TLS),
 * and how many units it holds, for the header to show without reading the database.
 */
@Component
public class CartCookies {

	public static final String ID = "OCOP_CART";

	public static final String COUNT = "OCOP_CART_N";

	private final Carts carts;

	private final Duration lifetime;

	CartCookies(Carts carts, CartProperties properties) {
		this.carts = carts;
		this.lifetime = properties.lifetime();
	}

	/**
	 * The visitor's cart, when the cookie names one that still exists.
	 */
	public Mono<UUID> current(ServerWebExchange exchange) {
		return Mono.justOrEmpty(id(exchange)).filterWhen(this.carts::exists);
	}

	/**
	 * The visitor's cart, a new one when there is none.
	 */
	Mono<UUID> currentOrNew(ServerWebExchange exchange) {
		return current(exchange).switchIfEmpty(Mono.defer(() -> this.carts.create()
			.doOnNext((id) -> exchange.getResponse()
				.addCookie(cookie(exchange, ID, id.toString()).httpOnly(true).maxAge(this.lifetime).build()))));
	}

	/**
	 * Tells the page script and the next pages how many units the cart holds.
	 */
	public void count(ServerWebExchange exchange, int units) {
		exchange.getResponse()
			.addCookie(cookie(exchange, COUNT, Integer.toString(units)).maxAge(this.lifetime).build());
	}

	/**
	 * How many units the cart holds, as its cookie says; 0 without one.
	 */
	public static int units(ServerHttpRequest request) {
		HttpCookie count = request.getCookies().getFirst(COUNT);
		return (count != null && count.getValue().matches("\\d{1,4}")) ? Integer.parseInt(count.getValue()) : 0;
	}

	private static Optional<UUID> id(ServerWebExchange exchange) {
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(ID);
		try {
			return (cookie != null) ? Optional.of(UUID.fromString(cookie.getValue())) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static ResponseCookie.ResponseCookieBuilder cookie(ServerWebExchange exchange, String name, String value) {
		return ResponseCookie.from(name, value)
			.path("/")
			.sameSite("Lax")
			.secure("https".equals(exchange.getRequest().getURI().getScheme()));
	}

}
