package vn.ocop.market.admin.programme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * Listed products whose certificate runs out soon, with whom to call about renewing it.
 * "Within N days" counts from Vietnam's today: a certificate valid until today is still
 * in force today and within every window.
 */
@Repository
class Renewals {

	static final List<Integer> WINDOWS = List.of(30, 90, 180);

	private final DatabaseClient db;

	private final ProvinceRegistry provinces;

	Renewals(DatabaseClient db, ProvinceRegistry provinces) {
		this.db = db;
		this.provinces = provinces;
	}

	Flux<Expiring> within(Area area, LocalDate today, int days) {
		return this.db.sql("""
				SELECT p.id, p.name, l.stars::int AS stars, l.valid_until, c.decision_no, r.name AS producer,
				       r.province_code, r.phone, r.email, r.address
				FROM listed_product(:today) l JOIN product p ON p.id = l.product_id
				JOIN certification c ON c.id = l.certification_id JOIN producer r ON r.id = p.producer_id
				WHERE l.valid_until < :until AND %s
				ORDER BY l.valid_until, r.province_code, p.name""".formatted(Area.CONDITION))
			.bind("today", today)
			.bind("until", today.plusDays(days))
			.bind("province", area.code())
			.map((row, meta) -> {
				LocalDate until = row.get("valid_until", LocalDate.class);
				return new Expiring(row.get("id", Long.class), row.get("name", String.class),
						row.get("stars", Integer.class), row.get("decision_no", String.class), until,
						ChronoUnit.DAYS.between(today, until), row.get("producer", String.class),
						this.provinces.byCode(row.get("province_code", String.class)).orElseThrow(),
						row.get("phone", String.class), row.get("email", String.class),
						row.get("address", String.class));
			})
			.all();
	}

	/**
	 * How many certificates run out within each window.
	 */
	Mono<List<Long>> counts(Area area, LocalDate today) {
		return this.db.sql("""
				SELECT count(*) FILTER (WHERE l.valid_until < :today + 30) AS d30,
				       count(*) FILTER (WHERE l.valid_until < :today + 90) AS d90,
				       count(*) FILTER (WHERE l.valid_until < :today + 180) AS d180
				FROM listed_product(:today) l JOIN product p ON p.id = l.product_id
				JOIN producer r ON r.id = p.producer_id
				WHERE %s""".formatted(Area.CONDITION))
			.bind("today", today)
			.bind("province", area.code())
			.map((row, meta) -> List.of(row.get("d30", Long.class), row.get("d90", Long.class),
					row.get("d180", Long.class)))
			.one();
	}

	/**
	 * @param daysLeft 0 when it runs out at the end of today
	 */
	record Expiring(long productId, String product, int stars, String decisionNo, LocalDate validUntil, long daysLeft,
			String producer, Province province, String phone, String email, String address) {

	}

}
