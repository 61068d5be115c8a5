package vn.ocop.market.catalog.order;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.catalog.stock.AdjustmentReason;
import vn.ocop.market.catalog.stock.Lots;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;

/**
 * The guarded changes of an online order, shared by the storefront (payments, holds that
 * expire) and admin (the office packs, ships, cancels and refunds). Each change locks the
 * order, checks that its current state may become the next one, applies what the change
 * does to stock (a release, the sale when it ships, the goods back when refused) and
 * writes the timeline, in one transaction.
 */
public class Orders {

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final StockLedger ledger;

	private final Lots lots;

	public Orders(DatabaseClient db, TransactionalOperator transaction, StockLedger ledger, Lots lots) {
		this.db = db;
		this.transaction = transaction;
		this.ledger = ledger;
		this.lots = lots;
	}

	/**
	 * Changes the order's state.
	 * @return the state it had before
	 * @throws IllegalTransitionException (as the error signal) when its state may not
	 * become {@code to}
	 */
	public Mono<OrderStatus> change(long orderId, OrderStatus to, String actor, String note) {
		return locked(orderId).flatMap((order) -> {
			if (!order.status().mayBecome(to)) {
				return Mono.error(new IllegalTransitionException(order.reference(), order.status(), to));
			}
			return stock(order, to, actor).then(this.db.sql("""
					UPDATE customer_order SET status = :to, updated_at = now(),
					       needs_attention = CASE WHEN :to IN ('CANCELLED', 'EXPIRED') AND paid_vnd > refunded_vnd
					                              THEN 'REFUND_DUE' ELSE needs_attention END
					WHERE id = :id""").bind("to", to.name()).bind("id", orderId).then())
				.then(event(orderId, actor, order.status(), to, note))
				.then(delivered(order, to, actor))
				.thenReturn(order.status());
		}).as(this.transaction::transactional);
	}

	/**
	 * Records money received for the order, once per provider reference. An order waiting
	 * for its payment becomes PAID once paid in full; a payment for an order that expired
	 * or was cancelled is kept, flagged for the office to refund or re-reserve, never
	 * lost.
	 * @return whether the payment was new
	 */
	public Mono<Boolean> paid(long orderId, String provider, String reference, long amountVnd, String actor) {
		return locked(orderId).flatMap((order) -> {
			boolean late = order.status() == OrderStatus.EXPIRED || order.status() == OrderStatus.CANCELLED;
			return this.db.sql("""
					INSERT INTO payment (order_id, provider, kind, provider_ref, amount_vnd, late, recorded_by)
					VALUES (:order, :provider, 'CHARGE', :ref, :amount, :late, :actor)
					ON CONFLICT (provider, kind, provider_ref) DO NOTHING RETURNING id""")
				.bind("order", orderId)
				.bind("provider", provider)
				.bind("ref", reference)
				.bind("amount", amountVnd)
				.bind("late", late)
				.bind("actor", actor)
				.map((row, meta) -> row.get("id", Long.class))
				.one()
				.flatMap((payment) -> this.db.sql("""
						UPDATE customer_order SET paid_vnd = paid_vnd + :amount, updated_at = now(),
						       needs_attention = CASE WHEN :late THEN :attention ELSE needs_attention END
						WHERE id = :id RETURNING paid_vnd, total_vnd""")
					.bind("amount", amountVnd)
					.bind("late", late)
					.bind("attention", "PAID_AFTER_" + order.status())
					.bind("id", orderId)
					.map((row, meta) -> row.get("paid_vnd", Long.class) >= row.get("total_vnd", Long.class))
					.one()
					.flatMap((inFull) -> {
						if (late) {
							return event(orderId, actor, order.status(), order.status(),
									"PAYMENT_AFTER_" + order.status() + " " + amountVnd);
						}
						if (inFull && order.status() == OrderStatus.PENDING_PAYMENT) {
							return change(orderId, OrderStatus.PAID, actor, provider + " " + reference).then();
						}
						return event(orderId, actor, order.status(), order.status(), "PAYMENT " + amountVnd);
					})
					.thenReturn(true))
				.defaultIfEmpty(false);
		}).as(this.transaction::transactional);
	}

	/**
	 * Records money given back, once per provider reference; when all that was paid is
	 * back, the order is REFUNDED (and releases its stock if it still held it) and no
	 * longer needs the office's attention. An order cancelled or expired with money paid
	 * is flagged {@code REFUND_DUE} by {@link #change}.
	 * @return whether the refund was new
	 */
	public Mono<Boolean> refunded(long orderId, String provider, String reference, long amountVnd, String actor) {
		return locked(orderId)
			.flatMap((order) -> this.db.sql("""
					INSERT INTO payment (order_id, provider, kind, provider_ref, amount_vnd, recorded_by)
					VALUES (:order, :provider, 'REFUND', :ref, :amount, :actor)
					ON CONFLICT (provider, kind, provider_ref) DO NOTHING RETURNING id""")
				.bind("order", orderId)
				.bind("provider", provider)
				.bind("ref", reference)
				.bind("amount", amountVnd)
				.bind("actor", actor)
				.map((row, meta) -> row.get("id", Long.class))
				.one()
				.flatMap((payment) -> this.db.sql("""
						UPDATE customer_order SET refunded_vnd = refunded_vnd + :amount, updated_at = now(),
						       needs_attention = CASE WHEN refunded_vnd + :amount >= paid_vnd THEN NULL
						                              ELSE needs_attention END
						WHERE id = :id RETURNING refunded_vnd >= paid_vnd AS whole""")
					.bind("amount", amountVnd)
					.bind("id", orderId)
					.map((row, meta) -> row.get("whole", Boolean.class))
					.one()
					.flatMap((whole) -> (whole && order.status().mayBecome(OrderStatus.REFUNDED))
							? change(orderId, OrderStatus.REFUNDED, actor, provider + " " + reference).then()
							: event(orderId, actor, order.status(), order.status(), "REFUND " + amountVnd))
					.thenReturn(true))
				.defaultIfEmpty(false))
			.as(this.transaction::transactional);
	}

	/**
	 * Brings what is recorded as given back through a provider up to the total that
	 * provider reports (Stripe's {@code amount_refunded} of a charge), recording only the
	 * difference. The office's refund and the provider's webhook both say how much is
	 * back in all, so whichever comes second records nothing and nothing counts twice.
	 * @return whether anything was recorded
	 */
	public Mono<Boolean> refundedUpTo(long orderId, String provider, String reference, long totalRefundedVnd,
			String actor) {
		return locked(orderId)
			.flatMap((order) -> this.db.sql("""
					SELECT coalesce(sum(amount_vnd), 0) AS refunded FROM payment
					WHERE order_id = :id AND provider = :provider AND kind = 'REFUND'""")
				.bind("id", orderId)
				.bind("provider", provider)
				.map((row, meta) -> row.get("refunded", Long.class))
				.one()
				.flatMap((recorded) -> (totalRefundedVnd > recorded)
						? refunded(orderId, provider, reference, totalRefundedVnd - recorded, actor)
						: Mono.just(false)))
			.as(this.transaction::transactional);
	}

	/**
	 * What a change does to the units the order holds: released when it will not ship,
	 * sold when it ships (by the lots first to expire), back on the shelf when refused.
	 */
	private Mono<Void> stock(Locked order, OrderStatus to, String actor) {
		boolean release = order.status().holdsStock()
				&& (to == OrderStatus.CANCELLED || to == OrderStatus.EXPIRED || to == OrderStatus.REFUNDED);
		if (release) {
			return lines(order.id())
				.map((line) -> Movement.release(line.locationId(), line.productId(), line.quantity(), order.id(),
						actor))
				.collectList()
				.flatMap(this.ledger::applyAll)
				.then();
		}
		if (to == OrderStatus.SHIPPED) {
			return lines(order.id())
				.concatMap((line) -> this.lots.allocate(line.locationId(), line.productId(), line.quantity(), null)
					.flatMapIterable((allocations) -> allocations.stream()
						.map((a) -> Movement
							.shipReserved(line.locationId(), line.productId(), a.quantity(), line.priceVnd(),
									a.batchId(), actor)
							.with(Movement.Refs.NONE.order(order.id())))
						.toList()))
				.collectList()
				.flatMap(this.ledger::applyAll)
				.then(this.db.sql("UPDATE shipment SET shipped_at = now() WHERE order_id = :id")
					.bind("id", order.id())
					.then());
		}
		if (to == OrderStatus.RETURNED) {
			return lines(order.id())
				.map((line) -> Movement.adjustment(line.locationId(), line.productId(), line.quantity(),
						AdjustmentReason.CUSTOMER_RETURN, null, actor)
					.with(Movement.Refs.NONE.order(order.id())))
				.collectList()
				.flatMap(this.ledger::applyAll)
				.then();
		}
		return Mono.empty();
	}

	/**
	 * Cash on delivery is paid when delivered.
	 */
	private Mono<Void> delivered(Locked order, OrderStatus to, String actor) {
		if (to != OrderStatus.DELIVERED || order.method() != PaymentMethod.COD) {
			return Mono.empty();
		}
		return this.db.sql("""
				INSERT INTO payment (order_id, provider, kind, provider_ref, amount_vnd, recorded_by)
				SELECT id, 'COD', 'CHARGE', reference, total_vnd, :actor FROM customer_order WHERE id = :id
				ON CONFLICT DO NOTHING""")
			.bind("id", order.id())
			.bind("actor", actor)
			.then()
			.then(this.db.sql("UPDATE customer_order SET paid_vnd = total_vnd WHERE id = :id")
				.bind("id", order.id())
				.then());
	}

	private Mono<Void> event(long orderId, String actor, OrderStatus from, OrderStatus to, String note) {
		DatabaseClient.GenericExecuteSpec insert = this.db.sql("""
				INSERT INTO order_event (order_id, actor, from_status, to_status, note)
				VALUES (:order, :actor, :from, :to, :note)""")
			.bind("order", orderId)
			.bind("actor", actor)
			.bind("from", from.name())
			.bind("to", to.name());
		insert = (note != null) ? insert.bind("note", note) : insert.bindNull("note", String.class);
		return insert.then();
	}

	private Mono<Locked> locked(long orderId) {
		return this.db.sql("SELECT id, reference, status, payment_method FROM customer_order WHERE id = :id FOR UPDATE")
			.bind("id", orderId)
			.map((row, meta) -> Locked.of(row))
			.one()
			.switchIfEmpty(Mono.error(new IllegalArgumentException("No order " + orderId)));
	}

	private Flux<Line> lines(long orderId) {
		return this.db.sql("""
				SELECT l.product_id, s.location_id, l.quantity, l.unit_price_vnd
				FROM order_line l JOIN shipment s ON s.id = l.shipment_id
				WHERE l.order_id = :order ORDER BY s.location_id, l.product_id""")
			.bind("order", orderId)
			.map((row, meta) -> new Line(row.get("product_id", Long.class), row.get("location_id", Long.class),
					row.get("quantity", Integer.class), row.get("unit_price_vnd", Long.class)))
			.all();
	}

	/**
	 * The order as locked for a change.
	 */
	private record Locked(long id, String reference, OrderStatus status, PaymentMethod method) {

		static Locked of(Readable row) {
			return new Locked(row.get("id", Long.class), row.get("reference", String.class),
					OrderStatus.valueOf(row.get("status", String.class)),
					PaymentMethod.valueOf(row.get("payment_method", String.class)));
		}

	}

	private record Line(long productId, long locationId, int quantity, long priceVnd) {

	}

	/**
	 * The events of an order's timeline, oldest first.
	 */
	public Flux<TimelineEvent> timeline(long orderId) {
		return this.db.sql("""
				SELECT at, actor, from_status, to_status, note FROM order_event WHERE order_id = :id ORDER BY at, id""")
			.bind("id", orderId)
			.map((row, meta) -> new TimelineEvent(row.get("at", java.time.Instant.class),
					row.get("actor", String.class),
					(row.get("from_status", String.class) != null)
							? OrderStatus.valueOf(row.get("from_status", String.class)) : null,
					OrderStatus.valueOf(row.get("to_status", String.class)), row.get("note", String.class)))
			.all();
	}

	/**
	 * One step of an order's life.
	 *
	 * @param from the state before, null for the order's creation
	 */
	public record TimelineEvent(java.time.Instant at, String actor, OrderStatus from, OrderStatus to, String note) {

		public boolean changed() {
			return this.from != this.to;
		}

	}

}
