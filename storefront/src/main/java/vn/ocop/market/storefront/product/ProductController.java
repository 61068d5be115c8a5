package vn.ocop.market.storefront.product;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.reactive.result.view.View;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.storefront.catalog.CatalogQueries;
import vn.ocop.market.catalog.story.SafeMarkdown;
import vn.ocop.market.storefront.producer.Producers;
import vn.ocop.market.storefront.salespoint.SalesPoints;
import vn.ocop.market.storefront.system.Labels;
import vn.ocop.market.storefront.system.SiteUrl;

/**
 * A product's page, from PostgreSQL only. Its ETag digests everything the page shows, so
 * a browser or proxy revalidating an unchanged page gets 304 without the HTML.
 */
@Controller
class ProductController {

	/** Pages rendered by another build may differ for the same data. */
	private static final String BUILD = Instant.now().toString();

	/**
	 * Ends a 304 without a body: an empty handler result would fall back to a default
	 * view name, because the check happens after the handler returned.
	 */
	private static final View NOT_MODIFIED = new View() {

		@Override
		public List<MediaType> getSupportedMediaTypes() {
			return List.of(MediaType.TEXT_HTML);
		}

		@Override
		public Mono<Void> render(Map<String, ?> model, MediaType contentType, ServerWebExchange exchange) {
			return exchange.getResponse().setComplete();
		}

	};

	private final ProductQueries products;

	private final Producers producers;

	private final CatalogQueries catalog;

	private final SafeMarkdown markdown;

	private final ProductJsonLd jsonLd;

	private final MessageSource messages;

	private final Labels labels;

	private final SalesPoints salesPoints;

	ProductController(ProductQueries products, Producers producers, CatalogQueries catalog, SafeMarkdown markdown,
			ProductJsonLd jsonLd, MessageSource messages, Labels labels, SalesPoints salesPoints) {
		this.products = products;
		this.producers = producers;
		this.catalog = catalog;
		this.markdown = markdown;
		this.jsonLd = jsonLd;
		this.messages = messages;
		this.labels = labels;
		this.salesPoints = salesPoints;
	}

	@GetMapping("/san-pham/{slug}")
	Mono<Object> product(@PathVariable String slug, ServerWebExchange exchange, Locale locale) {
		return this.products.bySlug(slug)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.flatMap(this::load)
			.flatMap((page) -> {
				exchange.getResponse().getHeaders().setVary(List.of(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE));
				if (exchange.checkNotModified(etag(page, locale))) {
					return Mono.just(NOT_MODIFIED);
				}
				return Mono.just(render(page, SiteUrl.of(exchange), locale));
			});
	}

	private Mono<ProductPage> load(ProductDetails product) {
		return Mono
			.zip(this.products.certificates(product.id()).collectList(), this.producers.byId(product.producerId()),
					this.catalog.related(product.id(), 4).collectList(), this.salesPoints.having(product.id()),
					this.products.availableOnline(product.id(), this.catalog.today()))
			.map((t) -> new ProductPage(product, t.getT1(), t.getT2(), t.getT3(), t.getT4(), t.getT5(),
					this.catalog.today()));
	}

	private Rendering render(ProductPage page, String siteUrl, Locale locale) {
		String award = (page.current() != null)
				? this.messages.getMessage("product.award", new Object[] { page.current().stars(),
						page.current().decisionNo(), this.labels.date(page.current().decisionDate()) }, locale)
				: null;
		return Rendering.view("product/product")
			.modelAttribute("page", page)
			.modelAttribute("product", page.product())
			.modelAttribute("productStory", this.markdown.render(page.product().storyMd()))
			.modelAttribute("producerStory", this.markdown.render(page.producer().storyMd()))
			.modelAttribute("jsonLd", this.jsonLd.of(page, siteUrl, award))
			.build();
	}

	private static String etag(ProductPage page, Locale locale) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((BUILD + "|" + locale.getLanguage() + "|" + page).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()).substring(0, 27);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
