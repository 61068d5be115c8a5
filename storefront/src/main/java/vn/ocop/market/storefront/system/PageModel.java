package vn.ocop.market.storefront.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ocop.market.storefront.cart.ShippingTariff;
import vn.ocop.market.storefront.cart.CartCookies;

/**
 * What every page needs: the link that switches language on the very same page, the
 * absolute address of the site for canonical links and OpenGraph, the cart's count and
 * the delivery times.
 */
@ControllerAdvice
class PageModel {

	private final Map<String, String> deliveryDays;

	PageModel(ShippingTariff tariff) {
		Map<String, String> days = new LinkedHashMap<>();
		tariff.deliveryDays().forEach((zone, text) -> days.put(zone.name(), text));
		this.deliveryDays = Map.copyOf(days);
	}

	/**
	 * How many days a parcel takes to each zone ({@code SAME_PROVINCE} ...), as buyers
	 * are told on product, checkout and order pages.
	 */
	@ModelAttribute("deliveryDays")
	Map<String, String> deliveryDays() {
		return this.deliveryDays;
	}

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

	/**
	 * The CSRF token for the page's forms (cart, checkout); read lazily, so a page
	 * without a form sets no cookie.
	 */
	@ModelAttribute("_csrf")
	Mono<CsrfToken> csrf(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return (token != null) ? token : Mono.empty();
	}

	/**
	 * How many units the cart holds, from the cookie the cart keeps up to date: the
	 * header shows it without reading the database on every page.
	 */
	@ModelAttribute("cartCount")
	int cartCount(ServerWebExchange exchange) {
		return CartCookies.units(exchange.getRequest());
	}

	@ModelAttribute("siteUrl")
	String siteUrl(ServerWebExchange exchange) {
		return SiteUrl.of(exchange);
	}

	/**
	 * This page's path and query, for forms that bring the visitor back here.
	 */
	@ModelAttribute("currentPath")
	String currentPath(ServerWebExchange exchange) {
		String path = exchange.getRequest().getURI().getRawPath();
		String query = exchange.getRequest().getURI().getRawQuery();
		String clean = (query != null) ? query.replaceAll("(^|&)(added|notAdded=[^&]*)", "").replaceAll("^&", "") : "";
		return (path.startsWith("//") ? "/" : path) + (clean.isEmpty() ? "" : "?" + clean);
	}

	/**
	 * What the cart says after a "Thêm vào giỏ" brought the visitor back.
	 */
	@ModelAttribute("cartNotice")
	Mono<String> cartNotice(ServerWebExchange exchange) {
		var query = exchange.getRequest().getQueryParams();
		if (query.containsKey("added")) {
			return Mono.just("cart.added");
		}
		String refused = query.getFirst("notAdded");
		// a model attribute method must not answer null: an empty Mono leaves the
		// attribute out
		return (refused != null && refused.matches("UNKNOWN|NOT_CERTIFIED|NOT_SOLD_ONLINE|OUT_OF_STOCK"))
				? Mono.just("cart.refused." + refused) : Mono.empty();
	}

	@ModelAttribute("currentUrl")
	String currentUrl(ServerWebExchange exchange) {
		return SiteUrl.of(exchange) + exchange.getRequest().getPath().value();
	}

}
