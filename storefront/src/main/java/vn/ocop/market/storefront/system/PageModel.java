package vn.ocop.market.storefront.system;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page needs: the link that switches language on the very same page, and the
 * absolute address of the site for canonical links and OpenGraph.
 */
@ControllerAdvice
class PageModel {

	@ModelAttribute("languageSwitch")
	String languageSwitch(ServerWebExchange exchange, Locale locale) {
		String other = "en".equals(locale.getLanguage()) ? "vi" : "en";
		String path = exchange.getRequest().getURI().getRawPath();
		// a path like //host would read as another site's address
		return UriComponentsBuilder.fromPath(path.startsWith("//") ? "/" : path)
			.query(exchange.getRequest().getURI().getRawQuery())
			.replaceQueryParam("lang", other)
			.build()
			.toUriString();
	}

	@ModelAttribute("siteUrl")
	String siteUrl(ServerWebExchange exchange) {
		return SiteUrl.of(exchange);
	}

	@ModelAttribute("currentUrl")
	String currentUrl(ServerWebExchange exchange) {
		return SiteUrl.of(exchange) + exchange.getRequest().getPath().value();
	}

}
