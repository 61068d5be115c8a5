package vn.ocop.market.admin.system;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

/**
 * What every page needs: the CSRF token for its forms and the current path for the
 * language switch.
 */
@ControllerAdvice
class PageModel {

	@ModelAttribute("_csrf")
	Mono<CsrfToken> csrf(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return (token != null) ? token : Mono.empty();
	}

	@ModelAttribute("currentPath")
	String currentPath(ServerWebExchange exchange) {
		return exchange.getRequest().getPath().value();
	}

}
