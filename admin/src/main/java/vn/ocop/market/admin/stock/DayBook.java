package vn.ocop.market.admin.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.admin.account.LocationScope;
import vn.ocop.market.admin.files.Table;
import vn.ocop.market.catalog.web.VietnamWebConfiguration;

/**
 * A location's day, Vietnam's calendar day: sales by product and by payment method, and
 * every movement of its ledger.
 */
@Repository
class DayBook {

	private final DatabaseClient db;

	DayBook(DatabaseClient db) {
		this.db = db;
	}

	Mono<Day> of(LocationScope scope, long locationId, LocalDate date) {
		if (!scope.includes(locationId)) {
			return Mono.empty();
		}
		ZoneId zone = VietnamWebConfiguration.VIETNAM;
		Instant from = date.atStartOfDay(zone).toInstant();
		Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
		Mono<List<ProductSales>> products = this.db.sql("""
				SELECT p.name, sum(l.quantity)::int AS units, sum(l.quantity * l.unit_price_vnd) AS value
				FROM stock_sale s JOIN stock_sale_line l ON l.sale_id = s.id JOIN product p ON p.id = l.product_id
				WHERE s.location_id = :location AND s.sold_at >= :from AND s.sold_at < :to
				GROUP BY p.name ORDER BY value DESC, p.name""")
			.bind("location", locationId)
			.bind("from", from)
			.bind("to", to)
			.map((row, meta) -> new ProductSales(row.get("name", String.class), row.get("units", Integer.class),
					row.get("value", Long.class)))
			.all()
			.collectList();
		Mono<List<MethodSales>> methods = this.db.sql("""
				SELECT payment_method, count(*) AS sales, sum(total_vnd) AS value FROM stock_sale
				WHERE location_id = :location AND sold_at >= :from AND sold_at < :to
				GROUP BY payment_method ORDER BY payment_method""")
			.bind("location", locationId)
			.bind("from", from)
			.bind("to", to)
			.map((row, meta) -> new MethodSales(PaymentMethod.valueOf(row.get("payment_method", String.class)),
					row.get("sales", Long.class), row.get("value", Long.class)))
			.all()
			.collectList();
		Mono<List<MovementRow>> movements = this.db.sql("""
				SELECT m.at, m.kind, p.name, b.lot_code, m.on_hand_delta, m.reserved_delta, m.reason, m.actor
				FROM stock_movement m JOIN product p ON p.id = m.product_id LEFT JOIN batch b ON b.id = m.batch_id
				WHERE m.location_id = :location AND m.at >= :from AND m.at < :to ORDER BY m.at, m.id""")
			.bind("location", locationId)
			.bind("from", from)
			.bind("to", to)
			.map((row, meta) -> new MovementRow(row.get("at", Instant.class), row.get("kind", String.class),
					row.get("name", String.class), row.get("lot_code", String.class),
					row.get("on_hand_delta", Integer.class), row.get("reserved_delta", Integer.class),
					row.get("reason", String.class), row.get("actor", String.class)))
			.all()
			.collectList();
		return Mono.zip(products, methods, movements).map((t) -> new Day(date, t.getT1(), t.getT2(), t.getT3()));
	}

	record Day(LocalDate date, List<ProductSales> products, List<MethodSales> methods, List<MovementRow> movements) {

		public long total() {
			return this.methods.stream().mapToLong(MethodSales::value).sum();
		}

		/**
		 * The day as tables, with the headers and labels the reader chose the language
		 * of.
		 */
		List<Table> tables(Labels labels) {
			Table sales = new Table(labels.text("day.sheet.products"),
					List.of(labels.text("day.col.product"), labels.text("day.col.units"), labels.text("day.col.value")),
					this.products.stream().map((p) -> List.<Object>of(p.name(), p.units(), p.value())).toList());
			Table payments = new Table(labels.text("day.sheet.payments"),
					List.of(labels.text("day.col.method"), labels.text("day.col.sales"), labels.text("day.col.value")),
					this.methods.stream()
						.map((m) -> List.<Object>of(labels.text("payment." + m.method()), m.sales(), m.value()))
						.toList());
			Table ledger = new Table(labels.text("day.sheet.movements"),
					List.of(labels.text("day.col.time"), labels.text("day.col.kind"), labels.text("day.col.product"),
							labels.text("day.col.lot"), labels.text("day.col.on-hand"), labels.text("day.col.reserved"),
							labels.text("day.col.reason"), labels.text("day.col.actor")),
					this.movements.stream()
						.map((m) -> java.util.Arrays.<Object>asList(labels.time(m.at()),
								labels.text("movement." + m.kind()), m.product(), m.lotCode(), m.onHandDelta(),
								m.reservedDelta(),
								(m.reason() != null) ? labels.text("adjustment." + m.reason()) : null, m.actor()))
						.toList());
			return List.of(sales, payments, ledger);
		}

	}

	record ProductSales(String name, int units, long value) {

	}

	record MethodSales(PaymentMethod method, long sales, long value) {

	}

	record MovementRow(Instant at, String kind, String product, String lotCode, int onHandDelta, int reservedDelta,
			String reason, String actor) {

	}

	/**
	 * Words and times in the reader's language.
	 */
	interface Labels {

		String text(String key);

		String time(Instant at);

	}

}
