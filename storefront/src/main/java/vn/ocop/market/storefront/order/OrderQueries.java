package vn.ocop.market.storefront.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.order.OrderStatus;
import vn.ocop.market.catalog.order.Orders;
import vn.ocop.market.catalog.order.PaymentMethod;

/**
 * Orders as their buyers reach them: by the unguessable link (reference and token), or by
 * reference and phone. A wrong token or phone finds nothing, and says nothing about
 * whether the reference exists.
 */
@Repository
public class OrderQueries {

	private static final String ORDER = """
			SELECT id, reference, access_token, status, payment_method, customer_name, phone, email, province_code,
			       address, subtotal_vnd, shipping_vnd, total_vnd, paid_vnd, refunded_vnd, hold_until,
			       stripe_session_url, created_at
			FROM customer_order WHERE reference = :reference""";

	private final DatabaseClient db;

	private final Orders orders;

	OrderQueries(DatabaseClient db, Orders orders) {
		this.db = db;
		this.orders = orders;
	}

	public Mono<OrderView> byLink(String reference, String token) {
		return order(reference).filter((order) -> same(order.token(), token)).flatMap(this::complete);
	}

	Mono<OrderView> byPhone(String reference, String phone) {
		return order(reference).filter((order) -> phone != null && same(order.phone(), phone)).flatMap(this::complete);
	}

	private Mono<OrderView> order(String reference) {
		if (reference == null || !reference.matches("DH[0-9A-Z]{8}")) {
			return Mono.empty();
		}
		return this.db.sql(ORDER).bind("reference", reference).map((row, meta) -> view(row)).one();
	}

	private Mono<OrderView> complete(OrderView order) {
		Mono<Map<Long, List<OrderView.Line>>> lines = this.db.sql("""
				SELECT l.shipment_id, p.slug, l.name, l.quantity, l.unit_price_vnd
				FROM order_line l JOIN product p ON p.id = l.product_id WHERE l.order_id = :id ORDER BY l.product_id""")
			.bind("id", order.id())
			.map((row, meta) -> Map.entry(row.get("shipment_id", Long.class),
					new OrderView.Line(row.get("slug", String.class), row.get("name", String.class),
							row.get("quantity", Integer.class), row.get("unit_price_vnd", Long.class))))
			.all()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return lines.flatMap((byShipment) -> this.db.sql("""
				SELECT s.id, l.name, s.zone, s.weight_grams, s.fee_vnd, s.shipped_at
				FROM shipment s JOIN stock_location l ON l.id = s.location_id WHERE s.order_id = :id ORDER BY s.id""")
			.bind("id", order.id())
			.map((row, meta) -> new OrderView.Shipment(row.get("id", Long.class), row.get("name", String.class),
					row.get("zone", String.class), row.get("weight_grams", Integer.class),
					row.get("fee_vnd", Long.class), row.get("shipped_at", Instant.class),
					byShipment.getOrDefault(row.get("id", Long.class), List.of())))
			.all()
			.collectList())
			.zipWith(this.orders.timeline(order.id()).collectList())
			.map((both) -> new OrderView(order.id(), order.reference(), order.token(), order.status(), order.method(),
					order.customerName(), order.phone(), order.email(), order.provinceCode(), order.address(),
					order.subtotalVnd(), order.shippingVnd(), order.totalVnd(), order.paidVnd(), order.refundedVnd(),
					order.holdUntil(), order.stripeSessionUrl(), order.createdAt(), both.getT1(), both.getT2()));
	}

	private static OrderView view(Readable row) {
		return new OrderView(row.get("id", Long.class), row.get("reference", String.class),
				row.get("access_token", String.class), OrderStatus.valueOf(row.get("status", String.class)),
				PaymentMethod.valueOf(row.get("payment_method", String.class)), row.get("customer_name", String.class),
				row.get("phone", String.class), row.get("email", String.class), row.get("province_code", String.class),
				row.get("address", String.class), row.get("subtotal_vnd", Long.class),
				row.get("shipping_vnd", Long.class), row.get("total_vnd", Long.class), row.get("paid_vnd", Long.class),
				row.get("refunded_vnd", Long.class), row.get("hold_until", Instant.class),
				row.get("stripe_session_url", String.class), row.get("created_at", Instant.class), List.of(),
				List.of());
	}

	/**
	 * Compares secrets in constant time, so a response's timing says nothing of how much
	 * of a guess was right.
	 */
	private static boolean same(String expected, String given) {
		return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				given.getBytes(StandardCharsets.UTF_8));
	}

}
