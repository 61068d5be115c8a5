package vn.ocop.market.storefront.pagecache;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * What Spring Security's filters give a page, for a kept page served ahead of them. The
 * visitor gets a CSRF token as the CSRF filter hands one to a page: theirs from its
 * cookie, or a new one in a new cookie, masked anew each time. The headers the filters
 * write are kept with the page. The firewall let the page's address (scheme, host, path
 * and query, the page's key) through when the page was rendered; the header values it
 * checks when they are read, Netty's decoder has checked for control characters.
 */
final class PageSecurity {

	private final ServerCsrfTokenRepository tokens;

	private final ServerCsrfTokenRequestHandler tokenHandler;

	PageSecurity(ServerCsrfTokenRepository tokens, ServerCsrfTokenRequestHandler tokenHandler) {
		this.tokens = tokens;
		this.tokenHandler = tokenHandler;
	}

	Mono<String> csrfToken(ServerWebExchange exchange) {
		Mono<CsrfToken> token = this.tokens.loadToken(exchange)
			.switchIfEmpty(Mono.defer(() -> this.tokens.generateToken(exchange)
				.delayUntil((generated) -> this.tokens.saveToken(exchange, generated))));
		this.tokenHandler.handle(exchange, token);
		Mono<CsrfToken> masked = exchange.getAttribute(CsrfToken.class.getName());
		return masked.map(CsrfToken::getToken);
	}

}
