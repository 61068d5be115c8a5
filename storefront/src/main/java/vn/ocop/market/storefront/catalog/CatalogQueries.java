package vn.ocop.market.storefront.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * Lists of listed products from PostgreSQL, the source of truth, for the pages that do
 * not search: featured, recent, related, by producer and by province.
 */
@Repository
public class CatalogQueries {

	private final DatabaseClient db;

	private final ProductCards cards;

	private final Clock clock;

	CatalogQueries(DatabaseClient db, ProvinceRegistry provinces, Clock clock) {
		this.db = db;
		this.cards = new ProductCards(provinces);
		this.clock = clock;
	}

	public Flux<ProductCard> featured(int stars, int limit) {
		return cards("AND c.stars = :stars ORDER BY c.total_score DESC, c.decision_date DESC, p.id LIMIT :limit")
			.bind("stars", stars)
			.bind("limit", limit)
			.map(this.cards::read)
			.all();
	}

	public Flux<ProductCard> recentlyCertified(int limit) {
		return cards("ORDER BY c.decision_date DESC, p.id DESC LIMIT :limit").bind("limit", limit)
			.map(this.cards::read)
			.all();
	}

	public Flux<ProductCard> byProducer(long producerId) {
		return cards("AND r.id = :producer ORDER BY c.stars DESC, p.name").bind("producer", producerId)
			.map(this.cards::read)
			.all();
	}

	public Flux<ProductCard> byProvince(String provinceCode, int limit) {
		return cards("AND r.province_code = :province ORDER BY c.stars DESC, c.total_score DESC, p.id LIMIT :limit")
			.bind("province", provinceCode)
			.bind("limit", limit)
			.map(this.cards::read)
			.all();
	}

	/**
	 * How many listed products the province has of each star, from 5 down to 3.
	 */
	public Mono<Map<Integer, Long>> starCounts(String provinceCode) {
		return this.db
			.sql("SELECT c.stars, count(*) AS n " + ProductCards.FROM_LISTED
					+ " AND r.province_code = :province GROUP BY c.stars")
			.bind("today", today())
			.bind("province", provinceCode)
			.map((row, meta) -> Map.entry(row.get("stars", Integer.class), row.get("n", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue,
					() -> new TreeMap<Integer, Long>(Comparator.reverseOrder()))
			.map((counts) -> {
				for (int stars = 5; stars >= 3; stars--) {
					counts.putIfAbsent(stars, 0L);
				}
				return counts;
			});
	}

	/**
	 * Other products of the same producer first, then of the same group in the same
	 * province, then of the same group anywhere; best stars first within each. Each tier
	 * is its own indexed, limited query, and a later one runs only while the earlier ones
	 * left places (the append under the outer limit stops early), and reads its rows in
	 * order from {@code certification_listed_order_idx} ({@code l.stars}, the listed
	 * certificate's, is what that index orders), stopping after a few: the page costs
	 * about the same with 2 000 products as with 200 000.
	 */
	public Flux<ProductCard> related(long productId, int limit) {
		String origin = """
				WITH o AS (SELECT q.producer_id, q.product_group, s.province_code
				           FROM product q JOIN producer s ON s.id = q.producer_id WHERE q.id = :product)
				""";
		return this.db.sql(origin + tier("p.producer_id = (SELECT producer_id FROM o) AND p.id <> :product")
				+ " UNION ALL " + tier("""
						p.producer_id <> (SELECT producer_id FROM o) AND p.product_group = (SELECT product_group FROM o)
						  AND r.province_code = (SELECT province_code FROM o)""") + " UNION ALL "
				+ tier("""
						p.product_group = (SELECT product_group FROM o) AND r.province_code <> (SELECT province_code FROM o)""")
				+ " LIMIT :limit")
			.bind("today", today())
			.bind("product", productId)
			.bind("limit", limit)
			.map(this.cards::read)
			.all();
	}

	private static String tier(String condition) {
		return "(SELECT " + ProductCards.COLUMNS + " " + ProductCards.FROM_LISTED + " AND " + condition
				+ " ORDER BY l.stars DESC, p.id LIMIT :limit)";
	}

	private DatabaseClient.GenericExecuteSpec cards(String tail) {
		return this.db.sql("SELECT " + ProductCards.COLUMNS + " " + ProductCards.FROM_LISTED + " " + tail)
			.bind("today", today());
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
