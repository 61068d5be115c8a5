package vn.ocop.market.storefront.search;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.catalog.search.ProductIndex;
import vn.ocop.market.catalog.text.VietnameseText;

/**
 * Autocomplete from the completion field: the prefix as typed and folded (forgiving a
 * small typo), listed products only. Without Elasticsearch there are simply no
 * suggestions; the search form still works.
 */
@Component
class Suggestions {

	private static final Logger logger = LoggerFactory.getLogger(Suggestions.class);

	static final int LIMIT = 8;

	/** Suggestions are worth less waiting than a listing. */
	private static final Duration PATIENCE = Duration.ofSeconds(2);

	private final ElasticsearchAsyncClient client;

	private final ProductIndex index;

	private final ProvinceRegistry provinces;

	private final Clock clock;

	private final SearchBreaker breaker;

	Suggestions(ElasticsearchAsyncClient client, ProductIndex index, ProvinceRegistry provinces, Clock clock,
			SearchBreaker breaker) {
		this.client = client;
		this.index = index;
		this.provinces = provinces;
		this.clock = clock;
		this.breaker = breaker;
	}

	record Suggested(String slug, String name, int stars, String province) {

	}

	Mono<List<Suggested>> suggest(String text, Locale locale) {
		String prefix = text.strip();
		if (prefix.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.breaker
			.guard(Mono.fromFuture(() -> this.client.search(request(prefix), IndexedProduct.class))
				.map((response) -> suggestions(response, locale)), PATIENCE)
			.onErrorResume((ex) -> {
				if (!(ex instanceof CallNotPermittedException)) {
					logger.warn("Elasticsearch did not answer a suggestion: {}", ex.toString());
				}
				return Mono.just(List.of());
			});
	}

	private SearchRequest request(String prefix) {
		String folded = VietnameseText.fold(prefix);
		return SearchRequest.of((s) -> s.index(this.index.alias())
			.size(0)
			.source((src) -> src.filter((f) -> f.includes(IndexedProduct.FIELDS)))
			.suggest((sg) -> sg
				.suggesters("typed",
						(fs) -> fs.prefix(prefix)
							.completion((c) -> c.field("suggest").size(LIMIT * 2).skipDuplicates(true)))
				.suggesters("folded",
						(fs) -> fs.prefix(folded)
							.completion((c) -> c.field("suggest")
								.size(LIMIT * 2)
								.skipDuplicates(true)
								.fuzzy((fz) -> fz.fuzziness("1").minLength(4).prefixLength(2))))));
	}

	private List<Suggested> suggestions(SearchResponse<IndexedProduct> response, Locale locale) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Suggested> bySlug = new LinkedHashMap<>();
		Stream.of("typed", "folded")
			.flatMap((name) -> response.suggest().getOrDefault(name, List.of()).stream())
			.filter(Suggestion::isCompletion)
			.flatMap((suggestion) -> suggestion.completion().options().stream())
			.map(CompletionSuggestOption::source)
			.filter((doc) -> doc != null && doc.listedOn(today))
			.forEach((doc) -> bySlug.putIfAbsent(doc.slug(), new Suggested(doc.slug(), doc.name(),
					(doc.stars() != null) ? doc.stars() : 0, provinceName(doc, locale))));
		return bySlug.values().stream().limit(LIMIT).toList();
	}

	private String provinceName(IndexedProduct doc, Locale locale) {
		return this.provinces.bySlug(doc.provinceSlug())
			.map((p) -> "en".equals(locale.getLanguage()) ? p.nameEn() : p.nameVi())
			.orElse(null);
	}

}
