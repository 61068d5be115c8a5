package vn.ocop.market.storefront.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.catalog.search.ProductIndex;
import vn.ocop.market.catalog.text.VietnameseText;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.catalog.ProductCard;

/**
 * Listings, facets and counts from Elasticsearch.
 */
@Component
class ElasticsearchListing {

	private final RawSearch search;

	private final ProductIndex index;

	private final ProvinceRegistry provinces;

	private final Clock clock;

	ElasticsearchListing(RawSearch search, ProductIndex index, ProvinceRegistry provinces, Clock clock) {
		this.search = search;
		this.index = index;
		this.provinces = provinces;
		this.clock = clock;
	}

	Mono<SearchResult> search(ProductQuery query) {
		return Mono.defer(() -> this.search.search(this.index.alias(), SearchRequests.listing(query, today())))
			.map((answer) -> new SearchResult(query, answer.total(), cards(answer, query), facets(answer), true));
	}

	Mono<Facets> overview() {
		return Mono.defer(() -> this.search.search(this.index.alias(), SearchRequests.overview(today())))
			.map(this::facets);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private List<ProductCard> cards(RawSearch.Answer answer, ProductQuery query) {
		return answer.documents()
			.stream()
			.filter((hit) -> hit.source() != null)
			.flatMap((hit) -> card(hit, query).stream())
			.toList();
	}

	private Optional<ProductCard> card(RawSearch.Hit hit, ProductQuery query) {
		IndexedProduct doc = hit.source();
		Optional<Province> province = this.provinces.bySlug(doc.provinceSlug())
			.or(() -> this.provinces.byCode(doc.provinceCode()));
		Optional<ProductGroup> group = groupOf(doc.group());
		if (province.isEmpty() || group.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ProductCard(doc.slug(), doc.name(),
				FoldedHighlight.parts(doc.name(), hit.highlighted("nameFolded")), group.get(),
				(doc.stars() != null) ? doc.stars() : 0, doc.priceVnd(), doc.producerName(), province.get(),
				doc.certifiedOn(), formerMatches(doc, province.get(), query), doc.inStockOnline()));
	}

	/**
	 * The former provinces the shopper's text names, other than the current province's
	 * own name (Hải Phòng was also a former province).
	 */
	private static List<String> formerMatches(IndexedProduct doc, Province province, ProductQuery query) {
		if (!query.hasText() || doc.formerProvinces() == null) {
			return List.of();
		}
		String text = VietnameseText.fold(query.text());
		String current = VietnameseText.fold(province.nameVi());
		return doc.formerProvinces()
			.stream()
			.filter((former) -> text.contains(VietnameseText.fold(former)))
			.filter((former) -> !VietnameseText.fold(former).equals(current))
			.toList();
	}

	private Facets facets(RawSearch.Answer answer) {
		return new Facets(counts(answer, SearchRequests.STARS), counts(answer, SearchRequests.PROVINCE),
				counts(answer, SearchRequests.GROUP).stream()
					.flatMap((c) -> groupOf(c.key()).map((g) -> new FacetCount(g.code(), c.count())).stream())
					.toList());
	}

	private static List<FacetCount> counts(RawSearch.Answer answer, String facet) {
		return answer.buckets(facet).stream().map((b) -> new FacetCount(b.key(), b.count())).toList();
	}

	private static Optional<ProductGroup> groupOf(String value) {
		try {
			return Optional.of(ProductGroup.valueOf(value.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

}
