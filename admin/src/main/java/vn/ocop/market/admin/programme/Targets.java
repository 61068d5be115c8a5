package vn.ocop.market.admin.programme;

import java.time.LocalDate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * Yearly targets per province and the year's results against them.
 */
@Repository
class Targets {

	private final DatabaseClient db;

	private final ProvinceRegistry provinces;

	Targets(DatabaseClient db, ProvinceRegistry provinces) {
		this.db = db;
		this.provinces = provinces;
	}

	Mono<Void> save(Target target, String user) {
		DatabaseClient.GenericExecuteSpec spec = this.db.sql("""
				INSERT INTO programme_target (province_code, year, certified_3plus, upgraded_3_to_4, five_star,
				    registered_products, share_3plus_percent, updated_by)
				VALUES (:province, :year, :certified, :upgraded, :five, :registered, :share, :user)
				ON CONFLICT (province_code, year) DO UPDATE SET certified_3plus = EXCLUDED.certified_3plus,
				    upgraded_3_to_4 = EXCLUDED.upgraded_3_to_4, five_star = EXCLUDED.five_star,
				    registered_products = EXCLUDED.registered_products,
				    share_3plus_percent = EXCLUDED.share_3plus_percent, updated_by = EXCLUDED.updated_by,
				    updated_at = now()""")
			.bind("province", target.provinceCode())
			.bind("year", target.year().shortValue())
			.bind("user", user);
		spec = bind(spec, "certified", target.certified3plus());
		spec = bind(spec, "upgraded", target.upgraded3to4());
		spec = bind(spec, "five", target.fiveStar());
		spec = bind(spec, "registered", target.registeredProducts());
		return bind(spec, "share", target.share3plusPercent()).then();
	}

	private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, String name,
			Integer value) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, Integer.class);
	}

	Mono<Void> delete(String provinceCode, int year) {
		return this.db.sql("DELETE FROM programme_target WHERE province_code = :province AND year = :year")
			.bind("province", provinceCode)
			.bind("year", (short) year)
			.then();
	}

	/**
	 * Each province with targets for the year, in the registry's order, with its results.
	 */
	Flux<Progress> progress(Area area, int year) {
		return this.db
			.sql("""
					WITH result AS (
					    SELECT r.province_code, count(DISTINCT e.product_id) AS certified,
					           count(*) FILTER (WHERE e.kind = 'UPGRADE' AND e.previous_stars = 3 AND e.stars = 4) AS upgraded,
					           count(DISTINCT e.product_id) FILTER (WHERE e.stars = 5) AS five_star
					    FROM certification_event e JOIN product p ON p.id = e.product_id
					    JOIN producer r ON r.id = p.producer_id
					    WHERE e.decision_date BETWEEN :from AND :to
					    GROUP BY r.province_code)
					SELECT t.*, coalesce(x.certified, 0) AS certified, coalesce(x.upgraded, 0) AS upgraded,
					       coalesce(x.five_star, 0) AS five
					FROM programme_target t LEFT JOIN result x ON x.province_code = t.province_code
					WHERE t.year = :year AND (:province = '' OR t.province_code = :province)
					ORDER BY t.province_code""")
			.bind("year", (short) year)
			.bind("from", LocalDate.of(year, 1, 1))
			.bind("to", LocalDate.of(year, 12, 31))
			.bind("province", area.code())
			.map((row, meta) -> new Progress(
					this.provinces.byCode(row.get("province_code", String.class)).orElseThrow(),
					new Target(row.get("province_code", String.class), year, row.get("certified_3plus", Integer.class),
							row.get("upgraded_3_to_4", Integer.class), row.get("five_star", Integer.class),
							row.get("registered_products", Integer.class),
							share(row.get("share_3plus_percent", Short.class))),
					row.get("certified", Long.class), row.get("upgraded", Long.class), row.get("five", Long.class)))
			.all();
	}

	private static Integer share(Short percent) {
		return (percent != null) ? percent.intValue() : null;
	}

}
