package vn.ocop.market.storefront.trace;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.catalog.gs1.QrCodes;

/**
 * What a stamp points to besides the page: its QR code (PNG or SVG, encoding the batch's
 * canonical address), the batch's documents, and the resolver's description.
 */
@RestController
class StampController {

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private final TraceQueries queries;

	private final TraceProperties properties;

	StampController(TraceQueries queries, TraceProperties properties) {
		this.queries = queries;
		this.properties = properties;
	}

	@GetMapping("/qr/{code}.png")
	Mono<ResponseEntity<byte[]>> png(@PathVariable String code, ServerWebExchange exchange) {
		return qr(code, exchange, (content) -> QrCodes.png(content, 10), MediaType.IMAGE_PNG);
	}

	@GetMapping("/qr/{code}.svg")
	Mono<ResponseEntity<byte[]>> svg(@PathVariable String code, ServerWebExchange exchange) {
		return qr(code, exchange, (content) -> QrCodes.svg(content).getBytes(StandardCharsets.UTF_8), SVG);
	}

	private Mono<ResponseEntity<byte[]>> qr(String code, ServerWebExchange exchange, Function<String, byte[]> encoder,
			MediaType type) {
		String site = this.properties.resolverRoot(exchange);
		return this.queries.batchByCode(code.toUpperCase(Locale.ROOT))
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.publishOn(Schedulers.boundedElastic())
			.map((batch) -> ResponseEntity.ok()
				.contentType(type)
				.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
				.varyBy(HttpHeaders.HOST)
				.body(encoder.apply(site + batch.path())));
	}

	/**
	 * A document of the batch with this code; another batch's document id finds nothing.
	 */
	@GetMapping("/t/{code}/tai-lieu/{id}")
	Mono<ResponseEntity<byte[]>> document(@PathVariable String code, @PathVariable long id) {
		return this.queries.documentFile(code.toUpperCase(Locale.ROOT), id)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.map((file) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline()
							.filename(file.fileName(), StandardCharsets.UTF_8)
							.build()
							.toString())
				.header("X-Content-Type-Options", "nosniff")
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
				.body(file.content()));
	}

	/**
	 * The GS1-conformant resolver's description.
	 */
	@GetMapping(path = "/.well-known/gs1resolver", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> resolverDescription(ServerWebExchange exchange) {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("name", "OCOP Market");
		description.put("resolverRoot", this.properties.resolverRoot(exchange));
		description.put("supportedPrimaryKeys", List.of("01"));
		description.put("supportedLinkType",
				Arrays.stream(LinkType.values())
					.map((type) -> Map.of("namespace", LinkType.VOCABULARY, "prefix", "gs1:", "linkType", type.curie()))
					.toList());
		description.put("linkTypeDefaultCanBeLinkset", false);
		description.put("linksetMediaType", Linkset.MEDIA_TYPE.toString());
		description.put("contact",
				Map.of("email", this.properties.reportEmail(), "phone", this.properties.reportPhone()));
		return description;
	}

}
