package vn.ocop.market.storefront.trace;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Service;

import vn.ocop.market.storefront.producer.Producers;
import vn.ocop.market.storefront.trace.Linkset.Link;
import vn.ocop.market.storefront.trace.TraceQueries.TracedProduct;

/**
 * Builds what the resolver answers: the links of a product or batch, and a batch's page
 * with its scan recorded.
 */
@Service
class TraceResolver {

	private final TraceQueries queries;

	private final Producers producers;

	private final MessageSource messages;

	private final Clock clock;

	private final TraceProperties properties;

	private final String scanSecret;

	TraceResolver(TraceQueries queries, Producers producers, MessageSource messages, Clock clock,
			TraceProperties properties) {
		this.queries = queries;
		this.producers = producers;
		this.messages = messages;
		this.clock = clock;
		this.properties = properties;
		this.scanSecret = (properties.scanSecret() != null && !properties.scanSecret().isBlank())
				? properties.scanSecret() : UUID.randomUUID().toString();
	}

	Linkset links(TracedBatch batch, String siteUrl, Locale locale) {
		String anchor = siteUrl + batch.path();
		List<Link> links = new ArrayList<>();
		links.add(new Link(LinkType.TRACEABILITY, anchor, message("trace.link.traceability", locale, batch.lotCode())));
		links.addAll(productLinks(siteUrl + batch.productPath(), batch.productName(), locale));
		links.add(new Link(LinkType.DEFAULT_LINK, anchor, message("trace.link.traceability", locale, batch.lotCode())));
		return new Linkset(anchor, locale.getLanguage(), links);
	}

	Mono<Linkset> links(TracedProduct product, String siteUrl, Locale locale) {
		String pip = siteUrl + "/san-pham/" + product.slug();
		return this.queries.recentBatches(product.id(), 20).collectList().map((batches) -> {
			List<Link> links = new ArrayList<>(productLinks(pip, product.name(), locale));
			batches.forEach((batch) -> links.add(new Link(LinkType.TRACEABILITY, siteUrl + batch.path(),
					message("trace.link.traceability", locale, batch.lotCode()))));
			links.add(new Link(LinkType.DEFAULT_LINK, pip, message("trace.link.pip", locale, product.name())));
			return new Linkset(siteUrl + "/01/" + product.gtin(), locale.getLanguage(), links);
		});
	}

	private List<Link> productLinks(String pip, String name, Locale locale) {
		return List.of(new Link(LinkType.PIP, pip, message("trace.link.pip", locale, name)),
				new Link(LinkType.CERTIFICATION_INFO, pip + "#certificate",
						message("trace.link.certificationInfo", locale, name)));
	}

	/**
	 * The batch's page; a person viewing it counts as a scan of its stamp (previews and
	 * crawlers see the count without adding to it).
	 */
	Mono<TracePage> page(TracedBatch batch, ServerHttpRequest request) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		Instant since = now.minus(this.properties.burstWindow());
		String userAgent = request.getHeaders().getFirst(HttpHeaders.USER_AGENT);
		Mono<TraceQueries.ScanCount> scans = ClientHints.isPerson(userAgent)
				? this.queries.recordScan(batch.id(),
						ClientHints.hash(this.scanSecret, request.getRemoteAddress(), userAgent), since)
				: this.queries.scans(batch.id(), since);
		return Mono.zip(this.producers.byId(batch.producerId()),
				this.queries.certificate(batch.productId()).map(Optional::of).defaultIfEmpty(Optional.empty()),
				this.queries.journey(batch.id()).collectList(), this.queries.documents(batch.id()).collectList(), scans)
			.map((t) -> new TracePage(batch, t.getT1(), t.getT2().orElse(null), t.getT3(), t.getT4(), t.getT5(),
					this.properties.scanRule().judge(t.getT5().scans(), t.getT5().recentClients(), batch.quantity()),
					today));
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
