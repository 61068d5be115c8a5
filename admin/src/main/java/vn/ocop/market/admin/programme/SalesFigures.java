package vn.ocop.market.admin.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Sales of OCOP products by channel, province and star.
 */
@Repository
class SalesFigures {

	private static final int TOP = 10;

	private static final String FACTS = """
			SELECT f.channel, f.quantity, f.amount_vnd, p.id AS product_id, p.name AS product, r.name AS producer,
			       r.province_code,
			       (SELECT c.stars::int FROM certification c WHERE c.product_id = p.id AND c.status <> 'REVOKED'
			          AND c.decision_date <= f.sold_on ORDER BY c.decision_date DESC, c.id DESC LIMIT 1) AS stars
			FROM sale_fact f JOIN product p ON p.id = f.product_id JOIN producer r ON r.id = p.producer_id
			WHERE f.sold_on BETWEEN :from AND :to AND %s""".formatted(Area.CONDITION);

	private final DatabaseClient db;

	SalesFigures(DatabaseClient db) {
		this.db = db;
	}

	Mono<Sales> between(Area area, LocalDate from, LocalDate to) {
		Map<String, Sales.Amount> byChannel = new LinkedHashMap<>();
		Sales.CHANNELS.forEach((channel) -> byChannel.put(channel, Sales.Amount.NONE));
		Map<String, Sales.Amount> byProvince = new TreeMap<>();
		Map<Integer, Sales.Amount> byStars = new TreeMap<>();
		Mono<Void> totals = this.db.sql("""
				SELECT channel, province_code, coalesce(stars, 0) AS stars, sum(quantity) AS quantity,
				       sum(amount_vnd)::bigint AS vnd
				FROM (%s) x GROUP BY 1, 2, 3""".formatted(FACTS))
			.bind("from", from)
			.bind("to", to)
			.bind("province", area.code())
			.map((row, meta) -> {
				Sales.Amount amount = new Sales.Amount(row.get("quantity", Long.class), row.get("vnd", Long.class));
				byChannel.merge(row.get("channel", String.class), amount, Sales.Amount::plus);
				byProvince.merge(row.get("province_code", String.class), amount, Sales.Amount::plus);
				byStars.merge(row.get("stars", Integer.class), amount, Sales.Amount::plus);
				return true;
			})
			.all()
			.then();
		return totals.then(this.db
			.sql("""
					SELECT product, producer, sum(quantity) AS quantity, sum(amount_vnd)::bigint AS vnd
					FROM (%s) x GROUP BY product_id, product, producer ORDER BY vnd DESC, product LIMIT :top"""
				.formatted(FACTS))
			.bind("from", from)
			.bind("to", to)
			.bind("province", area.code())
			.bind("top", TOP)
			.map((row, meta) -> new Sales.TopProduct(row.get("product", String.class),
					row.get("producer", String.class), row.get("quantity", Long.class), row.get("vnd", Long.class)))
			.all()
			.collectList()
			.map((top) -> new Sales(byChannel, byProvince, byStars, top)));
	}

}
