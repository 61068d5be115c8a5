package vn.ocop.market.admin.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.producer.ProducerKind;
import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.ProductGroup;

/**
 * The programme's certification figures: what is listed now ({@code listed_product}) and
 * what decisions did over time ({@code certification_event}).
 */
@Repository
class CertifiedFigures {

	/** Kinds of change a period counts, in the order reports list them. */
	static final List<String> CHANGES = List.of("NEW", "UPGRADE", "RENEWAL", "DOWNGRADE", "EXPIRED");

	private static final String EVENTS = """
			SELECT e.decision_date AS on_day, e.kind, e.stars, e.previous_stars, e.decision_no, p.name AS product,
			       r.name AS producer, r.province_code
			FROM certification_event e JOIN product p ON p.id = e.product_id JOIN producer r ON r.id = p.producer_id
			WHERE %1$s
			UNION ALL
			SELECT e.expired_on, 'EXPIRED', e.stars, e.stars, e.decision_no, p.name, r.name, r.province_code
			FROM certification_event e JOIN product p ON p.id = e.product_id JOIN producer r ON r.id = p.producer_id
			WHERE e.expired_on <= :today AND %1$s
			""".formatted(Area.CONDITION);

	private final DatabaseClient db;

	private final ProvinceRegistry provinces;

	CertifiedFigures(DatabaseClient db, ProvinceRegistry provinces) {
		this.db = db;
		this.provinces = provinces;
	}

	Mono<CertifiedNow> now(Area area, LocalDate today) {
		Map<Integer, Long> byStars = zeros(CertifiedNow.STARS);
		Map<String, Map<Integer, Long>> heat = new LinkedHashMap<>();
		Map<String, Long> byProvince = new LinkedHashMap<>();
		for (Province province : this.provinces.provinces()) {
			if (area.province() == null || area.province().equals(province)) {
				heat.put(province.code(), zeros(CertifiedNow.STARS));
				byProvince.put(province.code(), 0L);
			}
		}
		Map<String, Long> byGroup = zeros(List.of(ProductGroup.values()).stream().map(Enum::name).toList());
		Map<String, Long> byKind = zeros(List.of(ProducerKind.values()).stream().map(Enum::name).toList());
		return this.db
			.sql("""
					SELECT r.province_code, l.stars::int AS stars, p.product_group, coalesce(r.kind, '') AS kind,
					       count(*) AS n
					FROM listed_product(:today) l JOIN product p ON p.id = l.product_id JOIN producer r ON r.id = p.producer_id
					WHERE %s
					GROUP BY 1, 2, 3, 4"""
				.formatted(Area.CONDITION))
			.bind("today", today)
			.bind("province", area.code())
			.map((row, meta) -> {
				long n = row.get("n", Long.class);
				int stars = row.get("stars", Integer.class);
				String province = row.get("province_code", String.class);
				byStars.merge(stars, n, Long::sum);
				heat.get(province).merge(stars, n, Long::sum);
				byProvince.merge(province, n, Long::sum);
				byGroup.merge(row.get("product_group", String.class), n, Long::sum);
				byKind.merge(row.get("kind", String.class), n, Long::sum);
				return n;
			})
			.all()
			.reduce(0L, Long::sum)
			.map((total) -> {
				byKind.remove("", 0L);
				return new CertifiedNow(total, byStars, byProvince, heat, byGroup, byKind);
			});
	}

	/**
	 * How many decisions of each kind, and expiries, fell in the period.
	 */
	Mono<Map<String, Long>> period(Area area, LocalDate from, LocalDate to, LocalDate today) {
		Map<String, Long> counts = zeros(CHANGES);
		return this.db
			.sql("SELECT kind, count(*) AS n FROM (" + EVENTS + ") x WHERE on_day BETWEEN :from AND :to GROUP BY kind")
			.bind("today", today)
			.bind("province", area.code())
			.bind("from", from)
			.bind("to", to)
			.map((row, meta) -> {
				counts.put(row.get("kind", String.class), row.get("n", Long.class));
				return true;
			})
			.all()
			.then(Mono.just(counts));
	}

	/**
	 * Each change of the period with its decision, for the report.
	 */
	Flux<Change> changes(Area area, LocalDate from, LocalDate to, LocalDate today) {
		return this.db
			.sql("SELECT * FROM (" + EVENTS + ") x WHERE on_day BETWEEN :from AND :to "
					+ "ORDER BY on_day, province_code, product")
			.bind("today", today)
			.bind("province", area.code())
			.bind("from", from)
			.bind("to", to)
			.map((row, meta) -> new Change(row.get("on_day", LocalDate.class), row.get("kind", String.class),
					row.get("stars", Integer.class), row.get("previous_stars", Integer.class),
					row.get("decision_no", String.class), row.get("product", String.class),
					row.get("producer", String.class),
					this.provinces.byCode(row.get("province_code", String.class)).orElseThrow()))
			.all();
	}

	/**
	 * Changes per year and quarter, oldest first: year to quarter to kind to count.
	 */
	Mono<Map<Integer, Map<Integer, Map<String, Long>>>> trend(Area area, LocalDate today) {
		Map<Integer, Map<Integer, Map<String, Long>>> years = new TreeMap<>();
		return this.db.sql("""
				SELECT extract(year FROM on_day)::int AS y, extract(quarter FROM on_day)::int AS q, kind, count(*) AS n
				FROM (%s) x GROUP BY 1, 2, 3""".formatted(EVENTS))
			.bind("today", today)
			.bind("province", area.code())
			.map((row, meta) -> {
				years.computeIfAbsent(row.get("y", Integer.class), (year) -> quarters())
					.get(row.get("q", Integer.class))
					.put(row.get("kind", String.class), row.get("n", Long.class));
				return true;
			})
			.all()
			.then(Mono.just(years));
	}

	private static Map<Integer, Map<String, Long>> quarters() {
		Map<Integer, Map<String, Long>> quarters = new TreeMap<>();
		for (int quarter = 1; quarter <= 4; quarter++) {
			quarters.put(quarter, zeros(CHANGES));
		}
		return quarters;
	}

	/**
	 * The listed products a figure counts, for its list: filters left null match all.
	 */
	Flux<Listed> listed(Area area, Filter filter, LocalDate today, int limit) {
		return this.db
			.sql("""
					SELECT p.id, p.name, l.stars::int AS stars, p.product_group, r.name AS producer, r.kind, r.province_code,
					       l.valid_until, r.phone
					FROM listed_product(:today) l JOIN product p ON p.id = l.product_id JOIN producer r ON r.id = p.producer_id
					WHERE %s AND (:stars = 0 OR l.stars = :stars) AND (:group = '' OR p.product_group = :group)
					  AND (:kind = '' OR r.kind = :kind)
					ORDER BY r.province_code, l.stars DESC, p.name
					LIMIT :limit"""
				.formatted(Area.CONDITION))
			.bind("today", today)
			.bind("province", area.code())
			.bind("stars", (filter.stars() != null) ? filter.stars() : 0)
			.bind("group", (filter.group() != null) ? filter.group() : "")
			.bind("kind", (filter.kind() != null) ? filter.kind() : "")
			.bind("limit", limit)
			.map((row, meta) -> new Listed(row.get("id", Long.class), row.get("name", String.class),
					row.get("stars", Integer.class), row.get("product_group", String.class),
					row.get("producer", String.class), row.get("kind", String.class),
					this.provinces.byCode(row.get("province_code", String.class)).orElseThrow(),
					row.get("valid_until", LocalDate.class), row.get("phone", String.class)))
			.all();
	}

	/**
	 * What a list of listed products is narrowed to; null matches all.
	 */
	record Filter(Integer stars, String group, String kind) {

	}

	record Listed(long id, String name, int stars, String group, String producer, String kind, Province province,
			LocalDate validUntil, String phone) {

	}

	static <K> Map<K, Long> zeros(List<K> keys) {
		Map<K, Long> zeros = new LinkedHashMap<>();
		keys.forEach((key) -> zeros.put(key, 0L));
		return zeros;
	}

	/**
	 * One certification, upgrade, renewal, downgrade or expiry.
	 *
	 * @param previousStars the stars before, null for a new certification
	 */
	record Change(LocalDate onDay, String kind, int stars, Integer previousStars, String decisionNo, String product,
			String producer, Province province) {

	}

}
