package vn.ocop.market.catalog.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * Vietnamese first, English second: {@code ?lang=} switches and is remembered in a
 * cookie; otherwise the browser's preference picks one of the two.
 */
public class LanguageResolver implements LocaleContextResolver {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

	private static final String COOKIE = "lang";

	@Override
	public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
		String requested = exchange.getRequest().getQueryParams().getFirst(COOKIE);
		if (supported(requested)) {
			exchange.getResponse()
				.addCookie(ResponseCookie.from(COOKIE, requested)
					.path("/")
					.maxAge(Duration.ofDays(365))
					.sameSite("Lax")
					.build());
			return new SimpleLocaleContext(Locale.forLanguageTag(requested));
		}
		var cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
		if (cookie != null && supported(cookie.getValue())) {
			return new SimpleLocaleContext(Locale.forLanguageTag(cookie.getValue()));
		}
		List<Locale.LanguageRange> ranges = exchange.getRequest().getHeaders().getAcceptLanguage();
		Locale best = ranges.isEmpty() ? null : Locale.lookup(ranges, SUPPORTED);
		return new SimpleLocaleContext((best != null) ? best : VIETNAMESE);
	}

	private static boolean supported(String language) {
		return "vi".equals(language) || "en".equals(language);
	}

	@Override
	public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
		throw new UnsupportedOperationException("Switch language with ?lang=");
	}

}
