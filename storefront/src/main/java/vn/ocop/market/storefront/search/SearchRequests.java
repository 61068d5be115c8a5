package vn.ocop.market.storefront.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;

import vn.ocop.market.catalog.text.VietnameseText;

/**
 * The Elasticsearch requests behind a listing. Text is matched twice: folded in Java
 * against the {@code *Folded} fields (so "banh phong tom" finds "Bánh phồng tôm", with
 * small typos forgiven), and as typed against the original fields, which ranks exact
 * Vietnamese spelling first. Filters go in a post filter so that each facet can count
 * with every filter but its own. These are the bodies; {@link RawSearch} sends them to
 * the index with Elasticsearch's shard request cache: popular listings repeat exactly
 * (the day is a date, never {@code now}), and a refresh that changed the index empties
 * it.
 */
final class SearchRequests {

	static final String STARS = "stars";

	static final String PROVINCE = "province";

	static final String GROUP = "group";

	static final String VALUES = "values";

	private static final List<String> FOLDED_FIELDS = List.of("nameFolded^4", "producerNameFolded^2",
			"provinceNameFolded", "formerProvincesFolded", "descriptionFolded^0.5");

	private static final List<String> ORIGINAL_FIELDS = List.of("name^4", "producerName^2", "provinceName",
			"formerProvinces", "description^0.5");

	private static final Map<String, String> FACET_FIELDS = Map.of(STARS, "stars", PROVINCE, "provinceSlug", GROUP,
			"group");

	private SearchRequests() {
	}

	static SearchRequest listing(ProductQuery query, LocalDate today) {
		return SearchRequest.of((s) -> {
			s.query(main(query, today))
				.postFilter(filters(query, null))
				.from(query.from())
				.size(query.size())
				.trackTotalHits((t) -> t.enabled(true))
				.source((src) -> src.filter((f) -> f.includes(IndexedProduct.FIELDS)))
				.sort(sort(query));
			FACET_FIELDS.forEach((facet, field) -> s.aggregations(facet, facet(query, facet, field)));
			if (query.hasText()) {
				s.highlight(highlight(query.text()));
			}
			return s;
		});
	}

	/**
	 * Counts of all listed products by star, province and group, for the home page.
	 */
	static SearchRequest overview(LocalDate today) {
		ProductQuery all = ProductQuery.all();
		return SearchRequest.of((s) -> {
			s.query(main(all, today)).size(0).trackTotalHits((t) -> t.enabled(true));
			FACET_FIELDS.forEach((facet, field) -> s.aggregations(facet, facet(all, facet, field)));
			return s;
		});
	}

	/**
	 * Listed products whose certificate is still valid today: between the last valid day
	 * and the nightly expiry job the document still says listed, and must not be shown.
	 */
	private static Query main(ProductQuery query, LocalDate today) {
		return Query.of((q) -> q.bool((b) -> {
			b.filter((f) -> f.term((t) -> t.field("listed").value(true)));
			b.filter((f) -> f.range((r) -> r.date((d) -> d.field("validUntil").gte(today.toString()))));
			if (query.hasText()) {
				b.must(text(query.text()));
			}
			return b;
		}));
	}

	static Query text(String text) {
		return Query.of((q) -> q.bool((b) -> b.should(folded(text))
			.should((s) -> s.multiMatch((m) -> m.query(text)
				.fields(ORIGINAL_FIELDS)
				.type(TextQueryType.CrossFields)
				.operator(Operator.And)
				.boost(3f)))
			.should((s) -> s.matchPhrase((p) -> p.field("nameFolded").query(VietnameseText.fold(text)).boost(2f)))
			.minimumShouldMatch("1")));
	}

	/**
	 * The folded query alone, also used to highlight the folded name.
	 */
	private static Query folded(String text) {
		String folded = VietnameseText.fold(text);
		return Query.of((q) -> q.bool((b) -> b
			.should((s) -> s.multiMatch((m) -> m.query(folded)
				.fields(FOLDED_FIELDS)
				.type(TextQueryType.CrossFields)
				.operator(Operator.And)
				.boost(2f)))
			.should((s) -> s.multiMatch((m) -> m.query(folded)
				.fields(FOLDED_FIELDS)
				.fuzziness("AUTO")
				.prefixLength(1)
				.operator(Operator.And)))
			.minimumShouldMatch("1")));
	}

	private static Highlight highlight(String text) {
		return Highlight.of((h) -> h.preTags(FoldedHighlight.START)
			.postTags(FoldedHighlight.END)
			.fields("nameFolded", (f) -> f.numberOfFragments(0).highlightQuery(folded(text))));
	}

	/**
	 * Every filter of the query but the named facet's own ({@code null} for all).
	 */
	private static Query filters(ProductQuery query, String except) {
		List<Query> filters = new ArrayList<>();
		if (query.stars() != null && !STARS.equals(except)) {
			filters.add(Query.of((q) -> q.term((t) -> t.field("stars").value(query.stars()))));
		}
		if (query.province() != null && !PROVINCE.equals(except)) {
			filters.add(Query.of((q) -> q.term((t) -> t.field("provinceSlug").value(query.province().slug()))));
		}
		if (query.group() != null && !GROUP.equals(except)) {
			filters.add(Query.of((q) -> q.term((t) -> t.field("group").value(query.group().name()))));
		}
		if (query.minPrice() != null || query.maxPrice() != null) {
			filters.add(Query.of((q) -> q.range((r) -> r.number((n) -> {
				n.field("priceVnd");
				if (query.minPrice() != null) {
					n.gte(query.minPrice().doubleValue());
				}
				if (query.maxPrice() != null) {
					n.lte(query.maxPrice().doubleValue());
				}
				return n;
			}))));
		}
		return Query.of((q) -> q.bool((b) -> b.filter(filters)));
	}

	private static Aggregation facet(ProductQuery query, String facet, String field) {
		return Aggregation.of((a) -> a.filter(filters(query, facet))
			.aggregations(VALUES, (t) -> t.terms((terms) -> terms.field(field).size(64))));
	}

	private static List<SortOptions> sort(ProductQuery query) {
		List<SortOptions> sort = new ArrayList<>();
		switch (query.sort()) {
			case RELEVANCE -> {
				sort.add(SortOptions.of((s) -> s.score((score) -> score.order(SortOrder.Desc))));
				sort.add(field("stars", SortOrder.Desc));
				sort.add(field("totalScore", SortOrder.Desc));
			}
			case STARS -> {
				sort.add(field("stars", SortOrder.Desc));
				sort.add(field("totalScore", SortOrder.Desc));
			}
			case PRICE_ASC -> sort.add(field("priceVnd", SortOrder.Asc));
			case PRICE_DESC -> sort.add(field("priceVnd", SortOrder.Desc));
			case NEWEST -> sort.add(field("certifiedOn", SortOrder.Desc));
		}
		sort.add(field("slug", SortOrder.Asc));
		return sort;
	}

	private static SortOptions field(String name, SortOrder order) {
		return SortOptions.of((s) -> s.field((f) -> f.field(name).order(order)));
	}

}
