package vn.ocop.market.admin.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;

import vn.ocop.market.admin.account.LocationScope;
import vn.ocop.market.catalog.stock.Lots;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;

/**
 * Transfers between locations: requested, then sent (the goods leave the source and are
 * in transit), then received with the quantities counted at arrival, a shortfall kept as
 * a discrepancy with its reason; or cancelled before they leave. Each step is a guarded
 * change of state in the same transaction as its ledger rows.
 */
@Repository
class Transfers {

	private static final String TRANSFER = """
			SELECT t.id, t.status, t.from_location_id, f.name AS from_name, t.to_location_id, d.name AS to_name,
			       t.note, t.requested_by, t.requested_at, t.sent_by, t.sent_at, t.received_by, t.received_at,
			       t.cancelled_by, t.cancelled_at
			FROM stock_transfer t
			JOIN stock_location f ON f.id = t.from_location_id
			JOIN stock_location d ON d.id = t.to_location_id""";

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final StockLedger ledger;

	private final Lots lots;

	private final Clock clock;

	Transfers(DatabaseClient db, TransactionalOperator transaction, StockLedger ledger, Lots lots, Clock clock) {
		this.db = db;
		this.transaction = transaction;
		this.ledger = ledger;
		this.lots = lots;
		this.clock = clock;
	}

	/**
	 * Requests a transfer; the account works at one end of it.
	 * @return the new transfer's id
	 */
	Mono<Long> request(LocationScope scope, long from, long to, DraftLines draft, String note) {
		if (from == to || draft.isEmpty() || !(scope.includes(from) || scope.includes(to))) {
			return Mono.error(new TransferException("transfer.error.invalid"));
		}
		return destinationOpen(to).then(this.db.sql("""
				INSERT INTO stock_transfer (from_location_id, to_location_id, note, requested_by, requested_at)
				SELECT :from, :to, nullif(:note, ''), :by, :at
				WHERE EXISTS (SELECT 1 FROM stock_location WHERE id = :from AND closed_at IS NULL)
				RETURNING id""")
			.bind("from", from)
			.bind("to", to)
			.bind("note", (note != null) ? note.strip() : "")
			.bind("by", scope.actor())
			.bind("at", this.clock.instant())
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.switchIfEmpty(Mono.error(new TransferException("transfer.error.source-closed")))
			.flatMap((id) -> Flux.fromIterable(draft.lines()).concatMap((line) -> {
				DatabaseClient.GenericExecuteSpec insert = this.db.sql("""
						INSERT INTO stock_transfer_line (transfer_id, product_id, batch_id, requested)
						VALUES (:transfer, :product, :batch, :quantity)""")
					.bind("transfer", id)
					.bind("product", line.productId())
					.bind("quantity", line.quantity());
				insert = (line.batchId() != null) ? insert.bind("batch", line.batchId())
						: insert.bindNull("batch", Long.class);
				return insert.then();
			}).then(Mono.just(id)))).as(this.transaction::transactional);
	}

	/**
	 * Sends what the source has of the requested lines: the units leave its level.
	 * @param sent units sent per line id; a line left out is sent as requested
	 */
	Mono<Void> send(LocationScope scope, long transferId, Map<Long, Integer> sent) {
		return require(scope, transferId).flatMap((transfer) -> {
			if (!scope.includes(transfer.fromId())) {
				return Mono.error(new TransferException("transfer.error.not-source"));
			}
			return destinationOpen(transfer.toId()).then(change(transferId, "REQUESTED", "SENT", "sent", scope.actor()))
				.thenMany(Flux.fromIterable(transfer.lines()))
				.concatMap((line) -> {
					int quantity = Math.max(0,
							Math.min(line.requested(), sent.getOrDefault(line.id(), line.requested())));
					return this.db.sql("UPDATE stock_transfer_line SET sent = :sent WHERE id = :id")
						.bind("sent", quantity)
						.bind("id", line.id())
						.then()
						.then((quantity == 0) ? Mono.just(List.<Movement>of())
								: this.lots.allocate(transfer.fromId(), line.productId(), quantity, line.batchId())
									.map((allocations) -> allocations.stream()
										.map((a) -> Movement.transferOut(transfer.fromId(), line.productId(),
												a.quantity(), a.batchId(), transferId, scope.actor()))
										.toList()));
				})
				.flatMapIterable((movements) -> movements)
				.collectList()
				.flatMap((movements) -> movements.isEmpty()
						? Mono.error(new TransferException("transfer.error.nothing")) : this.ledger.applyAll(movements))
				.then();
		}).as(this.transaction::transactional);
	}

	/**
	 * Receives a sent transfer with the quantities counted at arrival.
	 * @param counted the units counted per line id, with the reason of any shortfall
	 */
	Mono<Void> receive(LocationScope scope, long transferId, Map<Long, Count> counted) {
		return require(scope, transferId).flatMap((transfer) -> {
			if (!scope.includes(transfer.toId())) {
				return Mono.error(new TransferException("transfer.error.not-destination"));
			}
			for (Line line : transfer.lines()) {
				Count count = counted.get(line.id());
				if (line.sent() != null && line.sent() > 0 && count == null) {
					return Mono.error(new TransferException("transfer.error.count-missing"));
				}
				if (count != null && line.sent() != null && (count.received() > line.sent() || count.received() < 0)) {
					return Mono.error(new TransferException("transfer.error.count-above-sent"));
				}
				if (count != null && line.sent() != null && count.received() < line.sent()
						&& (count.reason() == null || count.reason().isBlank())) {
					return Mono.error(new TransferException("transfer.error.reason-missing"));
				}
			}
			return change(transferId, "SENT", "RECEIVED", "received", scope.actor())
				.thenMany(Flux.fromIterable(transfer.lines()))
				.filter((line) -> line.sent() != null && line.sent() > 0)
				.concatMap((line) -> {
					Count count = counted.get(line.id());
					DatabaseClient.GenericExecuteSpec update = this.db.sql(
							"UPDATE stock_transfer_line SET received = :received, discrepancy_reason = :reason WHERE id = :id")
						.bind("received", count.received())
						.bind("id", line.id());
					update = (count.received() < line.sent()) ? update.bind("reason", count.reason().strip())
							: update.bindNull("reason", String.class);
					return update.then().then(arrivals(transfer, line, count.received(), scope.actor()));
				})
				.flatMapIterable((movements) -> movements)
				.collectList()
				.flatMap((movements) -> movements.isEmpty() ? Mono.empty() : this.ledger.applyAll(movements))
				.then();
		}).as(this.transaction::transactional);
	}

	Mono<Void> cancel(LocationScope scope, long transferId) {
		return require(scope, transferId)
			.flatMap((transfer) -> change(transferId, "REQUESTED", "CANCELLED", "cancelled", scope.actor()));
	}

	/**
	 * The units that arrived, by the lots that left: first expiring first, a shortfall
	 * taken from the last.
	 */
	private Mono<List<Movement>> arrivals(Transfer transfer, Line line, int received, String actor) {
		if (received == 0) {
			return Mono.just(List.of());
		}
		return this.db.sql("""
				SELECT m.batch_id, -sum(m.on_hand_delta)::int AS quantity
				FROM stock_movement m LEFT JOIN batch b ON b.id = m.batch_id
				WHERE m.transfer_id = :transfer AND m.product_id = :product AND m.kind = 'TRANSFER_OUT'
				GROUP BY m.batch_id, b.best_before ORDER BY m.batch_id IS NULL, b.best_before NULLS LAST, m.batch_id""")
			.bind("transfer", transfer.id())
			.bind("product", line.productId())
			.map((row, meta) -> new Lots.Allocation(row.get("batch_id", Long.class),
					row.get("quantity", Integer.class)))
			.all()
			.collectList()
			.map((left) -> Lots.split(received, left)
				.stream()
				.map((a) -> Movement.transferIn(transfer.toId(), line.productId(), a.quantity(), a.batchId(),
						transfer.id(), actor))
				.toList());
	}

	/**
	 * The guarded step from one state to the next; refused when the transfer is no longer
	 * in the state the page showed.
	 */
	private Mono<Void> change(long transferId, String from, String to, String step, String actor) {
		return this.db.sql("""
				UPDATE stock_transfer SET status = :to, %1$s_by = :actor, %1$s_at = :at
				WHERE id = :id AND status = :from""".formatted(step))
			.bind("to", to)
			.bind("from", from)
			.bind("actor", actor)
			.bind("at", this.clock.instant())
			.bind("id", transferId)
			.fetch()
			.rowsUpdated()
			.flatMap((rows) -> (rows == 1) ? Mono.<Void>empty()
					: Mono.error(new TransferException("transfer.error.state")));
	}

	private Mono<Void> destinationOpen(long to) {
		return this.db
			.sql("SELECT closed_at IS NULL AND (kind <> 'FAIR' OR closes_on >= :today) AS open "
					+ "FROM stock_location WHERE id = :id")
			.bind("id", to)
			.bind("today", LocalDate.now(this.clock))
			.map((row, meta) -> row.get("open", Boolean.class))
			.one()
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(new TransferException("transfer.error.destination-closed")))
			.then();
	}

	private Mono<Transfer> require(LocationScope scope, long transferId) {
		return find(scope, transferId).switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	/**
	 * A transfer one of whose ends the account works at.
	 */
	Mono<Transfer> find(LocationScope scope, long transferId) {
		return this.db.sql(TRANSFER + " WHERE t.id = :id")
			.bind("id", transferId)
			.map((row, meta) -> Transfer.of(row))
			.one()
			.filter((t) -> scope.includes(t.fromId()) || scope.includes(t.toId()))
			.flatMap((transfer) -> this.db.sql("""
					SELECT t.id, t.product_id, p.name, p.gtin, t.batch_id, b.lot_code, t.requested, t.sent, t.received,
					       t.discrepancy_reason, coalesce(s.on_hand - s.reserved, 0) AS available
					FROM stock_transfer_line t JOIN product p ON p.id = t.product_id
					LEFT JOIN batch b ON b.id = t.batch_id
					LEFT JOIN stock_level s ON s.product_id = t.product_id AND s.location_id = :from
					WHERE t.transfer_id = :id ORDER BY t.id""")
				.bind("id", transferId)
				.bind("from", transfer.fromId())
				.map((row, meta) -> Line.of(row))
				.all()
				.collectList()
				.map(transfer::withLines));
	}

	/**
	 * The transfers into and out of a location of the account's, open ones first.
	 */
	Flux<Transfer> at(LocationScope scope, long locationId) {
		if (!scope.includes(locationId)) {
			return Flux.empty();
		}
		return this.db.sql(TRANSFER + """
				 WHERE t.from_location_id = :l OR t.to_location_id = :l
				ORDER BY t.status IN ('RECEIVED', 'CANCELLED'), t.requested_at DESC LIMIT 100""")
			.bind("l", locationId)
			.map((row, meta) -> Transfer.of(row))
			.all();
	}

	/**
	 * The open locations a transfer may come from or go to, but this one.
	 */
	Flux<Other> others(long locationId) {
		return this.db.sql("""
				SELECT l.id, l.name, l.kind, v.name_vi AS province FROM stock_location l
				JOIN province v ON v.code = l.province_code
				WHERE l.closed_at IS NULL AND l.id <> :id AND (l.kind <> 'FAIR' OR l.closes_on >= :today)
				ORDER BY l.kind, l.name""")
			.bind("id", locationId)
			.bind("today", LocalDate.now(this.clock))
			.map((row, meta) -> new Other(row.get("id", Long.class), row.get("name", String.class),
					row.get("kind", String.class), row.get("province", String.class)))
			.all();
	}

	record Other(long id, String name, String kind, String province) {

	}

	record Count(int received, String reason) {

	}

	record Transfer(long id, String status, long fromId, String fromName, long toId, String toName, String note,
			String requestedBy, Instant requestedAt, String sentBy, Instant sentAt, String receivedBy,
			Instant receivedAt, String cancelledBy, Instant cancelledAt, List<Line> lines) {

		static Transfer of(Readable row) {
			return new Transfer(row.get("id", Long.class), row.get("status", String.class),
					row.get("from_location_id", Long.class), row.get("from_name", String.class),
					row.get("to_location_id", Long.class), row.get("to_name", String.class),
					row.get("note", String.class), row.get("requested_by", String.class),
					row.get("requested_at", Instant.class), row.get("sent_by", String.class),
					row.get("sent_at", Instant.class), row.get("received_by", String.class),
					row.get("received_at", Instant.class), row.get("cancelled_by", String.class),
					row.get("cancelled_at", Instant.class), List.of());
		}

		Transfer withLines(List<Line> lines) {
			return new Transfer(this.id, this.status, this.fromId, this.fromName, this.toId, this.toName, this.note,
					this.requestedBy, this.requestedAt, this.sentBy, this.sentAt, this.receivedBy, this.receivedAt,
					this.cancelledBy, this.cancelledAt, lines);
		}

		public String reference() {
			return "CK" + this.id;
		}

	}

	record Line(long id, long productId, String name, String gtin, Long batchId, String lotCode, int requested,
			Integer sent, Integer received, String discrepancyReason, int available) {

		static Line of(Readable row) {
			return new Line(row.get("id", Long.class), row.get("product_id", Long.class), row.get("name", String.class),
					row.get("gtin", String.class), row.get("batch_id", Long.class), row.get("lot_code", String.class),
					row.get("requested", Integer.class), row.get("sent", Integer.class),
					row.get("received", Integer.class), row.get("discrepancy_reason", String.class),
					row.get("available", Integer.class));
		}

		/**
		 * What the source can send of the line now: as requested, or what it has.
		 */
		public int suggestedSend() {
			return Math.max(0, Math.min(this.requested, this.available));
		}

		public Integer shortfall() {
			return (this.sent != null && this.received != null) ? this.sent - this.received : null;
		}

	}

	/**
	 * A transfer step refused, with the message key that says why.
	 */
	static class TransferException extends RuntimeException {

		private final String messageKey;

		TransferException(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

}
