package vn.ocop.market.storefront.trace;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.catalog.gs1.DigitalLink;
import vn.ocop.market.catalog.product.Gtin;

/**
 * The GS1 Digital Link resolver: {@code /01/{gtin}} is the product,
 * {@code /01/{gtin}/10/{lot}} a batch, {@code /t/{code}} a batch of a product without a
 * GTIN. Each answers a page (or a redirect to one), an RFC 9264 linkset for
 * {@code Accept: application/linkset+json}, or one link for {@code ?linkType=}.
 */
@Controller
class ResolverController {

	private final TraceQueries queries;

	private final TraceResolver resolver;

	private final TracePageView pages;

	private final JsonMapper json;

	private final MessageSource messages;

	private final TraceProperties properties;

	ResolverController(TraceQueries queries, TraceResolver resolver, TracePageView pages, JsonMapper json,
			MessageSource messages, TraceProperties properties) {
		this.properties = properties;
		this.queries = queries;
		this.resolver = resolver;
		this.pages = pages;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/01/{gtin}")
	Mono<Object> product(@PathVariable String gtin, @RequestParam Optional<String> linkType, ServerWebExchange exchange,
			Locale locale) {
		Optional<Gtin> parsed = Gtin.parse(gtin);
		if (parsed.isEmpty() || gtin.contains(" ")) {
			return Mono.just(notFound("BAD_GTIN", exchange, locale));
		}
		if (gtin.length() != 14) {
			return Mono.just(canonical(DigitalLink.product(parsed.get())));
		}
		String site = this.properties.resolverRoot(exchange);
		return this.queries.product(gtin)
			.flatMap((product) -> this.resolver.links(product, site, locale))
			.map((links) -> answer(links, linkType, exchange, locale, () -> redirect(links, LinkType.PIP)))
			.switchIfEmpty(Mono.fromSupplier(() -> notFound("UNKNOWN_GTIN", exchange, locale)));
	}

	@GetMapping("/01/{gtin}/10/{lot}")
	Mono<Object> batch(@PathVariable String gtin, @PathVariable String lot, @RequestParam Optional<String> linkType,
			ServerWebExchange exchange, Locale locale) {
		Optional<Gtin> parsed = Gtin.parse(gtin);
		if (parsed.isEmpty() || gtin.contains(" ")) {
			return Mono.just(notFound("BAD_GTIN", exchange, locale));
		}
		if (!lot.matches("[!-~]{1,20}")) {
			return Mono.just(notFound("UNKNOWN_LOT", exchange, locale));
		}
		if (gtin.length() != 14) {
			return Mono.just(canonical(DigitalLink.batch(parsed.get(), lot)));
		}
		return this.queries.batch(gtin, lot)
			.flatMap((batch) -> resolve(batch, linkType, exchange, locale))
			.switchIfEmpty(Mono.defer(() -> this.queries.product(gtin)
				.map((product) -> "UNKNOWN_LOT")
				.defaultIfEmpty("UNKNOWN_GTIN")
				.map((reason) -> notFound(reason, exchange, locale))));
	}

	@GetMapping("/t/{code}")
	Mono<Object> byCode(@PathVariable String code, @RequestParam Optional<String> linkType, ServerWebExchange exchange,
			Locale locale) {
		return this.queries.batchByCode(code.toUpperCase(Locale.ROOT))
			.flatMap((batch) -> resolve(batch, linkType, exchange, locale))
			.switchIfEmpty(Mono.fromSupplier(() -> notFound("UNKNOWN_CODE", exchange, locale)));
	}

	private Mono<Object> resolve(TracedBatch batch, Optional<String> linkType, ServerWebExchange exchange,
			Locale locale) {
		Linkset links = this.resolver.links(batch, this.properties.resolverRoot(exchange), locale);
		if (linkType.isPresent() || wantsLinkset(exchange)) {
			return Mono.just(answer(links, linkType, exchange, locale, () -> null));
		}
		exchange.getResponse().getHeaders().add(HttpHeaders.LINK, links.header());
		exchange.getResponse().getHeaders().setCacheControl("no-store");
		return this.resolver.page(batch, exchange.getRequest()).map((page) -> this.pages.render(page, links));
	}

	/**
	 * A linkset when asked for, the link of the asked type, or else {@code page}.
	 */
	private Object answer(Linkset links, Optional<String> linkType, ServerWebExchange exchange, Locale locale,
			Supplier<Object> page) {
		exchange.getResponse().getHeaders().add(HttpHeaders.LINK, links.header());
		if (linkType.isPresent() && !LinkType.asksForLinkset(linkType.get())) {
			return LinkType.parse(linkType.get())
				.flatMap(links::first)
				.<Object>map((link) -> Rendering.redirectTo(link.href()).status(HttpStatus.TEMPORARY_REDIRECT).build())
				.orElseGet(() -> notFound("UNKNOWN_LINK_TYPE", exchange, locale));
		}
		if (linkType.isPresent() || wantsLinkset(exchange)) {
			return new JsonAnswer(HttpStatus.OK, Linkset.MEDIA_TYPE, this.json.writeValueAsString(links.json()));
		}
		return page.get();
	}

	private static Rendering redirect(Linkset links, LinkType type) {
		return Rendering.redirectTo(links.first(type).orElseThrow().href())
			.status(HttpStatus.TEMPORARY_REDIRECT)
			.build();
	}

	/**
	 * GTIN-8, -12 and -13 move for good to the 14-digit form, with the query kept.
	 */
	private static Rendering canonical(DigitalLink link) {
		return Rendering.redirectTo(link.path()).status(HttpStatus.MOVED_PERMANENTLY).propagateQuery(true).build();
	}

	private Object notFound(String reason, ServerWebExchange exchange, Locale locale) {
		String message = this.messages.getMessage("trace.notFound." + reason, null, locale);
		if (wantsLinkset(exchange)) {
			return new JsonAnswer(HttpStatus.NOT_FOUND, MediaType.APPLICATION_JSON,
					this.json.writeValueAsString(Map.of("error", reason, "message", message)));
		}
		return this.pages.notFound(reason);
	}

	/**
	 * Only an explicit linkset or JSON media type asks for the linkset, not a wildcard.
	 */
	static boolean wantsLinkset(ServerWebExchange exchange) {
		return exchange.getRequest()
			.getHeaders()
			.getAccept()
			.stream()
			.anyMatch((type) -> type.equalsTypeAndSubtype(Linkset.MEDIA_TYPE)
					|| type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON));
	}

}
