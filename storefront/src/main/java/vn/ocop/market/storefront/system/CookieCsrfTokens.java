package vn.ocop.market.storefront.system;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.server.ServerWebExchange;

/**
 * CSRF tokens kept in a cookie, as {@link CookieServerCsrfTokenRepository} keeps them,
 * but made on the request's own thread: the token is a random UUID from the system's
 * non-blocking {@code SecureRandom}, and Spring's repository moves to
 * {@code boundedElastic} to make it, so the rest of every first visit (rendering, or
 * filling a kept page) ran there after a thread switch.
 */
final class CookieCsrfTokens implements ServerCsrfTokenRepository {

	private static final String HEADER = "X-XSRF-TOKEN";

	private static final String PARAMETER = "_csrf";

	private final CookieServerCsrfTokenRepository cookies = new CookieServerCsrfTokenRepository();

	CookieCsrfTokens() {
		this.cookies.setHeaderName(HEADER);
		this.cookies.setParameterName(PARAMETER);
	}

	@Override
	public Mono<CsrfToken> generateToken(ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> new DefaultCsrfToken(HEADER, PARAMETER, UUID.randomUUID().toString()));
	}

	@Override
	public Mono<Void> saveToken(ServerWebExchange exchange, CsrfToken token) {
		return this.cookies.saveToken(exchange, token);
	}

	@Override
	public Mono<CsrfToken> loadToken(ServerWebExchange exchange) {
		return this.cookies.loadToken(exchange);
	}

}
