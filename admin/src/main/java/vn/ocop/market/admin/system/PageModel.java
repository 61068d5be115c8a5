package vn.ocop.market.admin.system;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.util.MultiValueMap;
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

	/**
	 * The signed-in user's role (ADMIN, OPERATOR, PRODUCER), for the menu.
	 */
	@ModelAttribute("role")
	Mono<String> role(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.filter(Authentication.class::isInstance)
			.flatMapIterable((principal) -> ((Authentication) principal).getAuthorities())
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring(5))
			.next();
	}

	/**
	 * The query parameters, for notices such as {@code ?saved} after a redirect.
	 */
	@ModelAttribute("query")
	MultiValueMap<String, String> query(ServerWebExchange exchange) {
		return exchange.getRequest().getQueryParams();
	}

	@ModelAttribute("currentPath")
	String currentPath(ServerWebExchange exchange) {
		return exchange.getRequest().getPath().value();
	}

}
