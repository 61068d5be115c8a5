package vn.ocop.market.storefront.search;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.catalog.CatalogQueries;
import vn.ocop.market.storefront.catalog.ProductCard;
import vn.ocop.market.storefront.catalog.ProductCards;

/**
 * Listings from PostgreSQL for when Elasticsearch is unreachable: the same filters,
 * facets, orders and pages, but no full-text search. A page costs two statements, its
 * cards and one scan that counts the total and every facet; while Elasticsearch stays
 * away, a listing asked again within {@code maxAge} (the index refresh interval: no older
 * than a searched one may be) shares the first one's answer instead of scanning again.
 */
@Component
class DatabaseListing {

	/** The facets and the total, each by its {@code GROUPING()} of the three columns. */
	private static final int BY_STARS = 0b011, BY_PROVINCE = 0b101, BY_GROUP = 0b110, TOTAL = 0b111;

	/**
	 * The counts' statement: each facet's filters but its own, then all of them, the
	 * listed products, the price range.
	 */
	private static final String COUNTS = """
			SELECT GROUPING(c.stars, r.province_code, p.product_group) AS grouping_set, c.stars::text AS stars,
			       r.province_code, p.product_group,
			       count(*) FILTER (WHERE true%s) AS by_stars, count(*) FILTER (WHERE true%s) AS by_province,
			       count(*) FILTER (WHERE true%s) AS by_group, count(*) FILTER (WHERE true%s) AS matching
			%s%s
			GROUP BY GROUPING SETS ((c.stars), (r.province_code), (p.product_group), ())""";

	private static final Comparator<FacetCount> MOST_FIRST = Comparator.comparingLong(FacetCount::count)
		.reversed()
		.thenComparing(FacetCount::key);

	private final DatabaseClient db;

	private final ProductCards cards;

	private final CatalogQueries catalog;

	private final ProvinceRegistry provinces;

	private final RecentResults<ProductQuery, SearchResult> recent;

	DatabaseListing(DatabaseClient db, ProvinceRegistry provinces, CatalogQueries catalog, Properties properties,
			MeterRegistry meters) {
		this.db = db;
		this.cards = new ProductCards(provinces);
		this.catalog = catalog;
		this.provinces = provinces;
		this.recent = new RecentResults<>(properties.maxAge(), properties.maxSize(), Ticker.systemTicker(), meters,
				"ocop.search.fallback", this::load);
	}

	Mono<SearchResult> search(ProductQuery query) {
		return this.recent.get(query);
	}

	/**
	 * The unfiltered listing's facets: the same answer as the first page of
	 * {@code /san-pham}.
	 */
	Mono<Facets> overview() {
		return search(ProductQuery.all()).map(SearchResult::facets);
	}

	private Mono<SearchResult> load(ProductQuery query) {
		Filter all = Filter.prices(query).and(Filter.facets(query, null));
		Mono<List<ProductCard>> items = bind(this.db.sql("SELECT " + ProductCards.COLUMNS + " "
				+ ProductCards.FROM_LISTED + all.sql() + " ORDER BY " + order(query) + " LIMIT :size OFFSET :from"),
				all)
			.bind("size", query.size())
			.bind("from", query.from())
			.map(this.cards::read)
			.all()
			.collectList();
		return Mono.zip(counts(query), items)
			.map((t) -> new SearchResult(query, t.getT1().total(), t.getT2(), t.getT1().facets(), false));
	}

	/**
	 * The total and the three facets in one pass over the products in the price range: a
	 * grouping set per facet, each counting the products that match every filter but its
	 * own (as Elasticsearch's post-filtered aggregations do), and the empty set counting
	 * those that match them all.
	 */
	private Mono<Counts> counts(ProductQuery query) {
		Filter prices = Filter.prices(query);
		Filter byStars = Filter.facets(query, SearchRequests.STARS);
		Filter byProvince = Filter.facets(query, SearchRequests.PROVINCE);
		Filter byGroup = Filter.facets(query, SearchRequests.GROUP);
		Filter all = Filter.facets(query, null);
		String sql = COUNTS.formatted(byStars.sql(), byProvince.sql(), byGroup.sql(), all.sql(),
				ProductCards.FROM_LISTED, prices.sql());
		return bind(this.db.sql(sql), prices.and(all))
			.map((row, meta) -> switch (row.get("grouping_set", Integer.class)) {
				case BY_STARS ->
					new Count(SearchRequests.STARS, row.get("stars", String.class), row.get("by_stars", Long.class));
				case BY_PROVINCE -> new Count(SearchRequests.PROVINCE,
						this.provinces.byCode(row.get("province_code", String.class)).orElseThrow().slug(),
						row.get("by_province", Long.class));
				case BY_GROUP ->
					new Count(SearchRequests.GROUP, ProductGroup.valueOf(row.get("product_group", String.class)).code(),
							row.get("by_group", Long.class));
				case TOTAL -> new Count(null, null, row.get("matching", Long.class));
				default -> throw new IllegalStateException("Unexpected grouping set " + row.get("grouping_set"));
			})
			.all()
			.collectList()
			.map(Counts::of);
	}

	private record Count(String facet, String key, long count) {

	}

	private record Counts(long total, Facets facets) {

		static Counts of(List<Count> rows) {
			long total = rows.stream().filter((row) -> row.facet() == null).mapToLong(Count::count).sum();
			return new Counts(total, new Facets(facet(rows, SearchRequests.STARS), facet(rows, SearchRequests.PROVINCE),
					facet(rows, SearchRequests.GROUP)));
		}

		/** As Elasticsearch lists terms: none empty, the most first, ties by key. */
		private static List<FacetCount> facet(List<Count> rows, String facet) {
			return rows.stream()
				.filter((row) -> facet.equals(row.facet()) && row.count() > 0)
				.map((row) -> new FacetCount(row.key(), row.count()))
				.sorted(MOST_FIRST)
				.toList();
		}

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
	 * Some of the query's filters as SQL conditions ({@code " AND ..."}) with the values
	 * they bind.
	 */
	record Filter(String sql, Map<String, Object> values) {

		/** The star, province and group filters, all but the named facet's. */
		static Filter facets(ProductQuery query, String except) {
			Filter filter = new Filter("", Map.of());
			if (!SearchRequests.STARS.equals(except)) {
				filter = filter.and("c.stars = :stars", "stars", query.stars());
			}
			if (!SearchRequests.PROVINCE.equals(except)) {
				filter = filter.and("r.province_code = :province", "province",
						(query.province() != null) ? query.province().code() : null);
			}
			if (!SearchRequests.GROUP.equals(except)) {
				filter = filter.and("p.product_group = :group", "group",
						(query.group() != null) ? query.group().name() : null);
			}
			return filter;
		}

		/** The price range, which every count applies. */
		static Filter prices(ProductQuery query) {
			return new Filter("", Map.of()).and("p.price_vnd >= :minPrice", "minPrice", query.minPrice())
				.and("p.price_vnd <= :maxPrice", "maxPrice", query.maxPrice());
		}

		Filter and(Filter other) {
			Map<String, Object> both = new LinkedHashMap<>(this.values);
			both.putAll(other.values);
			return new Filter(this.sql + other.sql, both);
		}

		private Filter and(String condition, String name, Object value) {
			return (value != null) ? and(new Filter(" AND " + condition, Map.of(name, value))) : this;
		}

	}

	/**
	 * How listings from PostgreSQL are shared.
	 *
	 * @param maxAge the longest an answer is reused, from the moment its statements
	 * began: the index refresh interval, as old as a searched listing may be
	 * @param maxSize how many listings are kept, the least used going first
	 */
	@ConfigurationProperties("ocop.search.fallback")
	record Properties(@DefaultValue("1s") Duration maxAge, @DefaultValue("1000") long maxSize) {

	}

}
