package vn.ocop.market.catalog.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Reads a whole order (shipments, lines, timeline, payments) by its reference. Who may
 * see it is the caller's business: the storefront checks the buyer's token or phone, the
 * admin its role.
 */
public class OrderReads {

	private static final String ORDER = """
			SELECT id, reference, access_token, status, payment_method, customer_name, phone, email, province_code,
			       address, subtotal_vnd, shipping_vnd, total_vnd, paid_vnd, refunded_vnd, hold_until,
			       stripe_session_url, needs_attention, created_at
			FROM customer_order WHERE reference = :reference""";

	private final DatabaseClient db;

	private final Orders orders;

	public OrderReads(DatabaseClient db, Orders orders) {
		this.db = db;
		this.orders = orders;
	}

	/**
	 * The order with this reference, its parts not yet read; empty for anything that is
	 * not a reference.
	 */
	public Mono<OrderView> head(String reference) {
		if (reference == null || !reference.matches("DH[0-9A-Z]{8}")) {
			return Mono.empty();
		}
		return this.db.sql(ORDER).bind("reference", reference).map((row, meta) -> head(row)).one();
	}

	/**
	 * The order with its shipments, lines, timeline and payments.
	 */
	public Mono<OrderView> whole(OrderView head) {
		Mono<Map<Long, List<OrderView.Line>>> lines = this.db.sql("""
				SELECT l.shipment_id, l.product_id, p.slug, l.name, l.quantity, l.unit_price_vnd
				FROM order_line l JOIN product p ON p.id = l.product_id WHERE l.order_id = :id ORDER BY l.product_id""")
			.bind("id", head.id())
			.map((row, meta) -> Map.entry(row.get("shipment_id", Long.class),
					new OrderView.Line(row.get("product_id", Long.class), row.get("slug", String.class),
							row.get("name", String.class), row.get("quantity", Integer.class),
							row.get("unit_price_vnd", Long.class))))
			.all()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Mono<List<OrderView.Shipment>> shipments = lines.flatMap((byShipment) -> this.db.sql("""
				SELECT s.id, s.location_id, l.name, s.zone, s.weight_grams, s.fee_vnd, s.shipped_at
				FROM shipment s JOIN stock_location l ON l.id = s.location_id WHERE s.order_id = :id ORDER BY s.id""")
			.bind("id", head.id())
			.map((row, meta) -> new OrderView.Shipment(row.get("id", Long.class), row.get("location_id", Long.class),
					row.get("name", String.class), row.get("zone", String.class),
					row.get("weight_grams", Integer.class), row.get("fee_vnd", Long.class),
					row.get("shipped_at", Instant.class),
					byShipment.getOrDefault(row.get("id", Long.class), List.of())))
			.all()
			.collectList());
		Mono<List<OrderView.Payment>> payments = this.db.sql("""
				SELECT provider, kind, provider_ref, amount_vnd, late, note, recorded_by, created_at
				FROM payment WHERE order_id = :id ORDER BY created_at, id""")
			.bind("id", head.id())
			.map((row, meta) -> new OrderView.Payment(row.get("provider", String.class), row.get("kind", String.class),
					row.get("provider_ref", String.class), row.get("amount_vnd", Long.class),
					row.get("late", Boolean.class), row.get("note", String.class), row.get("recorded_by", String.class),
					row.get("created_at", Instant.class)))
			.all()
			.collectList();
		return Mono.zip(shipments, this.orders.timeline(head.id()).collectList(), payments)
			.map((parts) -> new OrderView(head.id(), head.reference(), head.token(), head.status(), head.method(),
					head.customerName(), head.phone(), head.email(), head.provinceCode(), head.address(),
					head.subtotalVnd(), head.shippingVnd(), head.totalVnd(), head.paidVnd(), head.refundedVnd(),
					head.holdUntil(), head.stripeSessionUrl(), head.needsAttention(), head.createdAt(), parts.getT1(),
					parts.getT2(), parts.getT3()));
	}

	private static OrderView head(Readable row) {
		return new OrderView(row.get("id", Long.class), row.get("reference", String.class),
				row.get("access_token", String.class), OrderStatus.valueOf(row.get("status", String.class)),
				PaymentMethod.valueOf(row.get("payment_method", String.class)), row.get("customer_name", String.class),
				row.get("phone", String.class), row.get("email", String.class), row.get("province_code", String.class),
				row.get("address", String.class), row.get("subtotal_vnd", Long.class),
				row.get("shipping_vnd", Long.class), row.get("total_vnd", Long.class), row.get("paid_vnd", Long.class),
				row.get("refunded_vnd", Long.class), row.get("hold_until", Instant.class),
				row.get("stripe_session_url", String.class), row.get("needs_attention", String.class),
				row.get("created_at", Instant.class), List.of(), List.of(), List.of());
	}

}
