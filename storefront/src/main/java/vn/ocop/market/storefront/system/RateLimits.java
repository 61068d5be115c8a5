package vn.ocop.market.storefront.system;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import vn.ocop.market.catalog.web.LanguageResolver;

/**
 * Checkout and order look-ups are limited per client address and minute, so that nobody
 * hammers the reservations or walks through order references. The address is the
 * connection's, or the proxy's forwarded one when the storefront runs behind its own
 * proxy (see {@code OCOP_FORWARD_HEADERS}). One node counts its own requests.
 */
@Component
@Order(-200)
@EnableConfigurationProperties(RateLimits.Limits.class)
class RateLimits implements WebFilter {

	private final Limits limits;

	private final MessageSource messages;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	RateLimits(Limits limits, MessageSource messages, Clock clock) {
		this.limits = limits;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String kind = kind(exchange.getRequest());
		if (kind == null) {
			return chain.filter(exchange);
		}
		int limit = kind.equals("checkout") ? this.limits.checkoutPerMinute() : this.limits.lookupPerMinute();
		long minute = this.clock.millis() / 60_000;
		String key = kind + "|" + client(exchange.getRequest());
		if (this.windows.size() > 50_000) {
			this.windows.values().removeIf((window) -> window.minute() < minute);
		}
		Window window = this.windows.compute(key, (k, current) -> (current == null || current.minute() != minute)
				? new Window(minute, 1) : new Window(minute, current.count() + 1));
		if (window.count() <= limit) {
			return chain.filter(exchange);
		}
		return refuse(exchange);
	}

	private Mono<Void> refuse(ServerWebExchange exchange) {
		var response = exchange.getResponse();
		response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
		response.getHeaders().set("Retry-After", "60");
		boolean api = exchange.getRequest().getPath().value().startsWith("/api/");
		String text = this.messages.getMessage("rate.limited", null,
				new LanguageResolver().resolveLocaleContext(exchange).getLocale());
		String body = api ? "{\"error\":\"RATE_LIMITED\",\"message\":\"" + text + "\"}" : text;
		response.getHeaders()
			.setContentType(api ? MediaType.APPLICATION_JSON : new MediaType("text", "plain", StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
	}

	/**
	 * Which limit a request counts against, if any.
	 */
	private static String kind(ServerHttpRequest request) {
		String path = request.getPath().value();
		boolean post = request.getMethod() == HttpMethod.POST;
		if (post && (path.equals("/thanh-toan") || path.matches("/api/carts/[^/]+/checkout"))) {
			return "checkout";
		}
		if ((post && path.equals("/tra-cuu-don-hang")) || path.startsWith("/api/orders/")
				|| path.startsWith("/don-hang/")) {
			return "lookup";
		}
		return null;
	}

	private static String client(ServerHttpRequest request) {
		InetSocketAddress address = request.getRemoteAddress();
		return (address != null && address.getAddress() != null) ? address.getAddress().getHostAddress() : "unknown";
	}

	private record Window(long minute, int count) {

	}

	/**
	 * @param checkoutPerMinute checkouts one client may submit a minute
	 * @param lookupPerMinute order pages and look-ups one client may open a minute
	 */
	@ConfigurationProperties("ocop.limits")
	record Limits(int checkoutPerMinute, int lookupPerMinute) {

	}

}
