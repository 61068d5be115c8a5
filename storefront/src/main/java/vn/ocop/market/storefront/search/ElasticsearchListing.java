package vn.ocop.market.storefront.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
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

	private final ElasticsearchAsyncClient client;

	private final ProductIndex index;

	private final ProvinceRegistry provinces;

	private final Clock clock;

	ElasticsearchListing(ElasticsearchAsyncClient client, ProductIndex index, ProvinceRegistry provinces, Clock clock) {
		this.client = client;
		this.index = index;
		this.provinces = provinces;
		this.clock = clock;
	}

	Mono<SearchResult> search(ProductQuery query) {
		return Mono
			.fromFuture(() -> this.client.search(SearchRequests.listing(this.index.alias(), query, today()),
					IndexedProduct.class))
			.map((response) -> new SearchResult(query, response.hits().total().value(), cards(response, query),
					facets(response), true));
	}

	Mono<Facets> overview() {
		return Mono.fromFuture(
				() -> this.client.search(SearchRequests.overview(this.index.alias(), today()), IndexedProduct.class))
			.map(this::facets);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private List<ProductCard> cards(SearchResponse<IndexedProduct> response, ProductQuery query) {
		return response.hits()
			.hits()
			.stream()
			.filter((hit) -> hit.source() != null)
			.flatMap((hit) -> card(hit, query).stream())
			.toList();
	}

	private Optional<ProductCard> card(Hit<IndexedProduct> hit, ProductQuery query) {
		IndexedProduct doc = hit.source();
		Optional<Province> province = this.provinces.bySlug(doc.provinceSlug())
			.or(() -> this.provinces.byCode(doc.provinceCode()));
		Optional<ProductGroup> group = groupOf(doc.group());
		if (province.isEmpty() || group.isEmpty()) {
			return Optional.empty();
		}
		List<String> highlighted = hit.highlight().get("nameFolded");
		return Optional.of(new ProductCard(doc.slug(), doc.name(),
				FoldedHighlight.parts(doc.name(), (highlighted != null) ? highlighted.get(0) : null), group.get(),
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

	private Facets facets(SearchResponse<IndexedProduct> response) {
		Map<String, Aggregate> aggregations = response.aggregations();
		List<FacetCount> stars = values(aggregations, SearchRequests.STARS).lterms()
			.buckets()
			.array()
			.stream()
			.map((b) -> new FacetCount(String.valueOf(b.key()), b.docCount()))
			.toList();
		List<FacetCount> provinces = keywords(aggregations, SearchRequests.PROVINCE);
		List<FacetCount> groups = keywords(aggregations, SearchRequests.GROUP).stream()
			.flatMap((c) -> groupOf(c.key()).map((g) -> new FacetCount(g.code(), c.count())).stream())
			.toList();
		return new Facets(stars, provinces, groups);
	}

	private static List<FacetCount> keywords(Map<String, Aggregate> aggregations, String facet) {
		return values(aggregations, facet).sterms()
			.buckets()
			.array()
			.stream()
			.map((b) -> new FacetCount(b.key().stringValue(), b.docCount()))
			.toList();
	}

	private static Aggregate values(Map<String, Aggregate> aggregations, String facet) {
		return aggregations.get(facet).filter().aggregations().get(SearchRequests.VALUES);
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
