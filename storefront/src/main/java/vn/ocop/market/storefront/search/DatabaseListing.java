package vn.ocop.market.storefront.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.catalog.CatalogQueries;
import vn.ocop.market.storefront.catalog.ProductCard;
import vn.ocop.market.storefront.catalog.ProductCards;

/**
 * Listings from PostgreSQL for when Elasticsearch is unreachable: the same filters,
 * facets, orders and pages, but no full-text search.
 */
@Component
class DatabaseListing {

	private final DatabaseClient db;

	private final ProductCards cards;

	private final CatalogQueries catalog;

	private final ProvinceRegistry provinces;

	DatabaseListing(DatabaseClient db, ProvinceRegistry provinces, CatalogQueries catalog) {
		this.db = db;
		this.cards = new ProductCards(provinces);
		this.catalog = catalog;
		this.provinces = provinces;
	}

	Mono<SearchResult> search(ProductQuery query) {
		Filter all = Filter.of(query, null);
		Mono<Long> total = bind(this.db.sql("SELECT count(*) AS n " + ProductCards.FROM_LISTED + all.sql()), all)
			.map((row, meta) -> row.get("n", Long.class))
			.one();
		Mono<List<ProductCard>> items = bind(this.db.sql("SELECT " + ProductCards.COLUMNS + " "
				+ ProductCards.FROM_LISTED + all.sql() + " ORDER BY " + order(query) + " LIMIT :size OFFSET :from"),
				all)
			.bind("size", query.size())
			.bind("from", query.from())
			.map(this.cards::read)
			.all()
			.collectList();
		return Mono.zip(total, items, facets(query))
			.map((t) -> new SearchResult(query, t.getT1(), t.getT2(), t.getT3(), false));
	}

	Mono<Facets> overview() {
		return facets(ProductQuery.all());
	}

	private Mono<Facets> facets(ProductQuery query) {
		return Mono.zip(counts(query, SearchRequests.STARS, "c.stars::text").collectList(),
				counts(query, SearchRequests.PROVINCE, "r.province_code")
					.map((c) -> new FacetCount(this.provinces.byCode(c.key()).orElseThrow().slug(), c.count()))
					.collectList(),
				counts(query, SearchRequests.GROUP, "p.product_group")
					.map((c) -> new FacetCount(ProductGroup.valueOf(c.key()).code(), c.count()))
					.collectList())
			.map((t) -> new Facets(t.getT1(), t.getT2(), t.getT3()));
	}

	private Flux<FacetCount> counts(ProductQuery query, String facet, String column) {
		Filter filter = Filter.of(query, facet);
		return bind(this.db.sql("SELECT " + column + " AS k, count(*) AS n " + ProductCards.FROM_LISTED + filter.sql()
				+ " GROUP BY 1 ORDER BY 2 DESC"), filter)
			.map((row, meta) -> new FacetCount(row.get("k", String.class), row.get("n", Long.class)))
			.all();
	}

	private DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, Filter filter) {
		DatabaseClient.GenericExecuteSpec bound = spec.bind("today", this.catalog.today());
		for (Map.Entry<String, Object> value : filter.values().entrySet()) {
			bound = bound.bind(value.getKey(), value.getValue());
		}
		return bound;
	}

	private static String order(ProductQuery query) {
		return switch (query.sort()) {
			case RELEVANCE, STARS -> "c.stars DESC, c.total_score DESC, p.slug";
			case PRICE_ASC -> "p.price_vnd ASC NULLS LAST, p.slug";
			case PRICE_DESC -> "p.price_vnd DESC NULLS LAST, p.slug";
			case NEWEST -> "c.decision_date DESC, p.slug";
		};
	}

	/**
	 * The query's filters as SQL conditions, every one but the named facet's.
	 */
	record Filter(String sql, Map<String, Object> values) {

		static Filter of(ProductQuery query, String except) {
			List<String> conditions = new ArrayList<>();
			Map<String, Object> values = new LinkedHashMap<>();
			add(conditions, values, !SearchRequests.STARS.equals(except), "c.stars = :stars", "stars", query.stars());
			add(conditions, values, !SearchRequests.PROVINCE.equals(except), "r.province_code = :province", "province",
					(query.province() != null) ? query.province().code() : null);
			add(conditions, values, !SearchRequests.GROUP.equals(except), "p.product_group = :group", "group",
					(query.group() != null) ? query.group().name() : null);
			add(conditions, values, true, "p.price_vnd >= :minPrice", "minPrice", query.minPrice());
			add(conditions, values, true, "p.price_vnd <= :maxPrice", "maxPrice", query.maxPrice());
			return new Filter(conditions.stream().map((c) -> " AND " + c).reduce("", String::concat), values);
		}

		private static void add(List<String> conditions, Map<String, Object> values, boolean applies, String condition,
				String name, Object value) {
			if (applies && Objects.nonNull(value)) {
				conditions.add(condition);
				values.put(name, value);
			}
		}

	}

}
