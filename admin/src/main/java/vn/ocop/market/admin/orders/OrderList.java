package vn.ocop.market.admin.orders;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.admin.files.Table;
import vn.ocop.market.catalog.order.OrderStatus;
import vn.ocop.market.catalog.order.PaymentMethod;
import vn.ocop.market.catalog.web.Formats;

/**
 * The office's list of online orders, newest first, filtered; and the same as a table to
 * download.
 */
@Repository
class OrderList {

	/**
	 * More than a year of a province's orders; a bigger export should narrow its dates.
	 */
	static final int EXPORT_LIMIT = 20_000;

	private static final String SELECT = """
			SELECT o.reference, o.created_at, o.status, o.payment_method, o.customer_name, o.phone, p.name_vi AS province,
			       o.total_vnd, o.paid_vnd, o.refunded_vnd, o.needs_attention,
			       (SELECT string_agg(l.name, ', ' ORDER BY l.name) FROM shipment s
			        JOIN stock_location l ON l.id = s.location_id WHERE s.order_id = o.id) AS ships_from,
			       (SELECT sum(quantity) FROM order_line WHERE order_id = o.id) AS units
			FROM customer_order o JOIN province p ON p.code = o.province_code
			WHERE %s ORDER BY o.created_at DESC, o.id DESC LIMIT :limit OFFSET :offset""";

	private final DatabaseClient db;

	OrderList(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * One page of the filter's orders, with one more row than a page when there is a next
	 * one.
	 */
	Flux<Row> page(OrderFilter filter) {
		return rows(filter, OrderFilter.PAGE + 1, filter.page() * OrderFilter.PAGE);
	}

	Mono<Table> table(OrderFilter filter, Function<String, String> label) {
		return rows(filter, EXPORT_LIMIT, 0)
			.map((row) -> List.<Object>of(row.reference(), Formats.time(row.createdAt()),
					label.apply("order.status." + row.status()), label.apply("order.method." + row.method()),
					row.customerName(), row.phone(), row.province(), row.shipsFrom(), row.units(), row.totalVnd(),
					row.paidVnd(), row.refundedVnd(),
					(row.needsAttention() != null) ? label.apply("order.attention." + row.needsAttention()) : ""))
			.collectList()
			.map((rows) -> new Table(label.apply("orders.title"),
					List.of("reference", "created", "status", "payment", "name", "phone", "province", "ships_from",
							"units", "total_vnd", "paid_vnd", "refunded_vnd", "attention")
						.stream()
						.map((column) -> label.apply("orders.col." + column))
						.toList(),
					rows));
	}

	private Flux<Row> rows(OrderFilter filter, int limit, int offset) {
		OrderFilter.Where where = filter.where();
		return where.bind(this.db.sql(SELECT.formatted(where.sql())))
			.bind("limit", limit)
			.bind("offset", offset)
			.map((row, meta) -> new Row(row.get("reference", String.class), row.get("created_at", Instant.class),
					OrderStatus.valueOf(row.get("status", String.class)),
					PaymentMethod.valueOf(row.get("payment_method", String.class)),
					row.get("customer_name", String.class), row.get("phone", String.class),
					row.get("province", String.class), row.get("total_vnd", Long.class),
					row.get("paid_vnd", Long.class), row.get("refunded_vnd", Long.class),
					row.get("needs_attention", String.class), row.get("ships_from", String.class),
					row.get("units", Long.class)))
			.all();
	}

	record Row(String reference, Instant createdAt, OrderStatus status, PaymentMethod method, String customerName,
			String phone, String province, long totalVnd, long paidVnd, long refundedVnd, String needsAttention,
			String shipsFrom, Long units) {

	}

}
