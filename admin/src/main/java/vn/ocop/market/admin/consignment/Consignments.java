package vn.ocop.market.admin.consignment;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.web.VietnamWebConfiguration;

/**
 * Where a producer's consigned goods are and what sold, read from the ledger: by location
 * and lot, by month, and as monthly statements per location.
 */
@Repository
class Consignments {

	private final DatabaseClient db;

	Consignments(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * The producer's units on hand, by location, product and lot (none when the lot is
	 * not known).
	 */
	Flux<Whereabouts> whereabouts(long producerId) {
		return this.db.sql("""
				SELECT l.id AS location_id, l.name AS location, l.kind, v.name_vi AS province, p.name AS product,
				       b.lot_code, sum(m.on_hand_delta)::int AS units
				FROM stock_movement m
				JOIN product p ON p.id = m.product_id
				JOIN stock_location l ON l.id = m.location_id
				JOIN province v ON v.code = l.province_code
				LEFT JOIN batch b ON b.id = m.batch_id
				WHERE p.producer_id = :producer
				GROUP BY l.id, l.name, l.kind, v.name_vi, p.name, b.lot_code
				HAVING sum(m.on_hand_delta) > 0
				ORDER BY l.name, p.name, b.lot_code NULLS LAST""")
			.bind("producer", producerId)
			.map((row, meta) -> new Whereabouts(row.get("location_id", Long.class), row.get("location", String.class),
					row.get("kind", String.class), row.get("province", String.class), row.get("product", String.class),
					row.get("lot_code", String.class), row.get("units", Integer.class)))
			.all();
	}

	/**
	 * What sold where, by month, for the last twelve months.
	 */
	Flux<MonthSales> salesByMonth(long producerId, YearMonth now) {
		return this.db.sql("""
				SELECT to_char(m.at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month, l.id AS location_id,
				       l.name AS location, p.name AS product, -sum(m.on_hand_delta)::int AS units,
				       sum(-m.on_hand_delta * m.unit_price_vnd)::bigint AS value
				FROM stock_movement m
				JOIN product p ON p.id = m.product_id
				JOIN stock_location l ON l.id = m.location_id
				WHERE p.producer_id = :producer AND m.kind = 'SALE' AND m.at >= :since
				GROUP BY 1, l.id, l.name, p.name
				ORDER BY 1 DESC, l.name, p.name""")
			.bind("producer", producerId)
			.bind("since", start(now.minusMonths(11)))
			.map((row, meta) -> new MonthSales(YearMonth.parse(row.get("month", String.class)),
					row.get("location_id", Long.class), row.get("location", String.class),
					row.get("product", String.class), row.get("units", Integer.class), row.get("value", Long.class)))
			.all();
	}

	/**
	 * The locations where the producer's goods ever moved.
	 */
	Flux<Place> places(long producerId) {
		return this.db.sql("""
				SELECT DISTINCT l.id, l.name FROM stock_movement m
				JOIN product p ON p.id = m.product_id JOIN stock_location l ON l.id = m.location_id
				WHERE p.producer_id = :producer ORDER BY l.name""")
			.bind("producer", producerId)
			.map((row, meta) -> new Place(row.get("id", Long.class), row.get("name", String.class)))
			.all();
	}

	Mono<Statement> statement(long producerId, long locationId, YearMonth month) {
		Mono<String[]> names = this.db.sql("""
				SELECT r.name AS producer, l.name AS location FROM producer r, stock_location l
				WHERE r.id = :producer AND l.id = :location""")
			.bind("producer", producerId)
			.bind("location", locationId)
			.map((row, meta) -> new String[] { row.get("producer", String.class), row.get("location", String.class) })
			.one();
		return names.flatMap((both) -> this.db
			.sql("""
					SELECT p.id, p.name,
					       coalesce(sum(m.on_hand_delta) FILTER (WHERE m.at < :from), 0)::int AS opening,
					       coalesce(sum(m.on_hand_delta) FILTER (WHERE m.at >= :from AND m.kind = 'RECEIVE'), 0)::int AS received,
					       coalesce(sum(m.on_hand_delta) FILTER (WHERE m.at >= :from AND m.kind = 'TRANSFER_IN'), 0)::int AS transferred_in,
					       coalesce(-sum(m.on_hand_delta) FILTER (WHERE m.at >= :from AND m.kind = 'TRANSFER_OUT'), 0)::int AS transferred_out,
					       coalesce(-sum(m.on_hand_delta) FILTER (WHERE m.at >= :from AND m.kind = 'SALE'), 0)::int AS sold,
					       coalesce(sum(-m.on_hand_delta * m.unit_price_vnd) FILTER (WHERE m.at >= :from AND m.kind = 'SALE'), 0)::bigint AS sales_value,
					       coalesce(-sum(m.on_hand_delta) FILTER (WHERE m.at >= :from AND m.kind = 'RETURN_TO_PRODUCER'), 0)::int AS returned,
					       coalesce(sum(m.on_hand_delta) FILTER (WHERE m.at >= :from AND m.kind = 'ADJUSTMENT'), 0)::int AS adjusted,
					       coalesce(sum(m.on_hand_delta), 0)::int AS closing
					FROM stock_movement m JOIN product p ON p.id = m.product_id
					WHERE p.producer_id = :producer AND m.location_id = :location AND m.at < :to
					GROUP BY p.id, p.name ORDER BY p.name""")
			.bind("producer", producerId)
			.bind("location", locationId)
			.bind("from", start(month))
			.bind("to", start(month.plusMonths(1)))
			.map((row, meta) -> new Statement.Line(row.get("id", Long.class), row.get("name", String.class),
					row.get("opening", Integer.class), row.get("received", Integer.class),
					row.get("transferred_in", Integer.class), row.get("transferred_out", Integer.class),
					row.get("sold", Integer.class), row.get("sales_value", Long.class),
					row.get("returned", Integer.class), row.get("adjusted", Integer.class),
					row.get("closing", Integer.class)))
			.all()
			.filter((line) -> line.opening() != 0 || line.closing() != 0 || line.received() != 0 || line.sold() != 0
					|| line.transferredIn() != 0 || line.transferredOut() != 0 || line.returned() != 0
					|| line.adjusted() != 0)
			.collectList()
			.map((lines) -> new Statement(producerId, both[0], locationId, both[1], month, lines)));
	}

	/**
	 * The first instant of the month on Vietnam's calendar.
	 */
	static Instant start(YearMonth month) {
		ZoneId zone = VietnamWebConfiguration.VIETNAM;
		return month.atDay(1).atStartOfDay(zone).toInstant();
	}

	record Whereabouts(long locationId, String location, String kind, String province, String product, String lotCode,
			int units) {

	}

	record MonthSales(YearMonth month, long locationId, String location, String product, int units, long value) {

	}

	record Place(long id, String name) {

	}

}
