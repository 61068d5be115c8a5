package vn.ocop.market.storefront.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.ui.Model;
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

	private static final Pattern NOTICES = Pattern.compile("(^|&)(added|notAdded=[^&]*)");

	private static final Pattern REFUSALS = Pattern.compile("UNKNOWN|NOT_CERTIFIED|NOT_SOLD_ONLINE|OUT_OF_STOCK");

	private final Map<String, String> deliveryDays;

	PageModel(ShippingTariff tariff) {
		Map<String, String> days = new LinkedHashMap<>();
		tariff.deliveryDays().forEach((zone, text) -> days.put(zone.name(), text));
		this.deliveryDays = Map.copyOf(days);
	}

	/**
	 * All of it from one method: Spring rebuilds each {@code @ModelAttribute} method of
	 * an advice for every request and calls it reflectively, which for eight of them was
	 * a fiftieth of a listing's CPU under JFR.
	 */
	@ModelAttribute
	void page(Model model, ServerWebExchange exchange, Locale locale) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getURI().getRawPath();
		// a path like //host would read as another site's address
		String local = path.startsWith("//") ? "/" : path;
		String query = request.getURI().getRawQuery();
		String siteUrl = SiteUrl.of(exchange);
		// how many days a parcel takes to each zone (SAME_PROVINCE ...), as buyers are
		// told
		// on product, checkout and order pages
		model.addAttribute("deliveryDays", this.deliveryDays);
		model.addAttribute("languageSwitch", languageSwitch(local, query, locale));
		model.addAttribute("_csrf", csrf(exchange));
		// from the cookie the cart keeps up to date: the header shows it without reading
		// the database on every page
		model.addAttribute("cartCount", CartCookies.units(request));
		model.addAttribute("siteUrl", siteUrl);
		model.addAttribute("currentPath", currentPath(local, query));
		String notice = cartNotice(request);
		if (notice != null) {
			model.addAttribute("cartNotice", notice);
		}
		model.addAttribute("currentUrl", siteUrl + request.getPath().value());
	}

	/**
	 * The link that switches language on the very same page.
	 */
	private static String languageSwitch(String path, String query, Locale locale) {
		String other = "en".equals(locale.getLanguage()) ? "vi" : "en";
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", other).build().toUriString();
	}

	/**
	 * The CSRF token for the page's forms (cart, checkout), resolved before rendering.
	 */
	private static Mono<CsrfToken> csrf(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return (token != null) ? token : Mono.empty();
	}

	/**
	 * This page's path and query, for forms that bring the visitor back here.
	 */
	private static String currentPath(String path, String query) {
		String clean = (query != null) ? NOTICES.matcher(query).replaceAll("") : "";
		clean = clean.startsWith("&") ? clean.substring(1) : clean;
		return path + (clean.isEmpty() ? "" : "?" + clean);
	}

	/**
	 * What the cart says after a "Thêm vào giỏ" brought the visitor back, if anything.
	 */
	private static String cartNotice(ServerHttpRequest request) {
		var query = request.getQueryParams();
		if (query.containsKey("added")) {
			return "cart.added";
		}
		String refused = query.getFirst("notAdded");
		return (refused != null && REFUSALS.matcher(refused).matches()) ? "cart.refused." + refused : null;
	}

}
