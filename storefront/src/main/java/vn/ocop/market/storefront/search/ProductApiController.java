package vn.ocop.market.storefront.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.storefront.search.ParameterError.Code;

/**
 * The listing and autocomplete as JSON. Invalid parameters are refused with 400 and a
 * message in the shopper's language; a size above the maximum is capped.
 */
@RestController
class ProductApiController {

	private static final int MAX_SUGGEST_TEXT = 100;

	private final Listings listings;

	private final Suggestions suggestions;

	private final ProvinceRegistry provinces;

	private final MessageSource messages;

	ProductApiController(Listings listings, Suggestions suggestions, ProvinceRegistry provinces,
			MessageSource messages) {
		this.listings = listings;
		this.suggestions = suggestions;
		this.provinces = provinces;
		this.messages = messages;
	}

	@GetMapping("/api/products")
	Mono<ResponseEntity<Map<String, Object>>> products(@RequestParam MultiValueMap<String, String> params,
			Locale locale) {
		QueryParameters.Parsed parsed = QueryParameters.parse(params, this.provinces);
		if (!parsed.errors().isEmpty()) {
			return Mono.just(badRequest(parsed.errors(), locale));
		}
		ApiJson json = new ApiJson(this.provinces, locale);
		return this.listings.list(parsed.query()).map((result) -> ResponseEntity.ok(json.listing(result)));
	}

	@GetMapping("/api/suggest")
	Mono<ResponseEntity<Map<String, Object>>> suggest(@RequestParam(name = "q", defaultValue = "") String text,
			Locale locale) {
		if (text.length() > MAX_SUGGEST_TEXT) {
			return Mono
				.just(badRequest(List.of(new ParameterError("q", Code.TOO_LONG, text.substring(0, 20) + "…")), locale));
		}
		return this.suggestions.suggest(text, locale).map((found) -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("query", text.strip());
			body.put("suggestions", found.stream().map(ApiJson::suggestion).toList());
			return ResponseEntity.ok(body);
		});
	}

	private ResponseEntity<Map<String, Object>> badRequest(List<ParameterError> errors, Locale locale) {
		List<Map<String, Object>> details = errors.stream().map((error) -> {
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("parameter", error.parameter());
			detail.put("code", error.code().name());
			detail.put("message", this.messages.getMessage("api.error." + error.code().name(),
					new Object[] { error.parameter(), error.value() }, locale));
			return detail;
		}).toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", "INVALID_PARAMETER");
		body.put("message", details.get(0).get("message"));
		body.put("errors", details);
		return ResponseEntity.badRequest().body(body);
	}

}
