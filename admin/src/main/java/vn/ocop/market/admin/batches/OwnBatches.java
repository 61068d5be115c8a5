package vn.ocop.market.admin.batches;

import java.time.Instant;
import java.time.LocalDate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.admin.account.ProducerScope;

/**
 * Batches, their events and documents, as a producer account may see them: every query
 * takes the account's {@link ProducerScope}, so another producer's id finds nothing.
 */
@Repository
class OwnBatches {

	static final String OWNED = """
			JOIN product p ON p.id = b.product_id AND p.producer_id = :producer""";

	private static final String BATCH = """
			SELECT b.id, b.product_id, p.name AS product_name, p.gtin, b.lot_code, b.produced_on, b.best_before,
			       b.quantity, b.origin_place, b.origin_province, b.trace_code, b.recalled_at, b.recall_reason,
			       (SELECT max(c.stars) FROM certification c WHERE c.product_id = p.id AND c.status = 'ACTIVE') AS stars,
			       EXISTS (SELECT 1 FROM qr_scan s WHERE s.batch_id = b.id) AS scanned
			FROM batch b %s"""
		.formatted(OWNED);

	private final DatabaseClient db;

	OwnBatches(DatabaseClient db) {
		this.db = db;
	}

	Mono<String> productName(long productId, ProducerScope scope) {
		return this.db.sql("SELECT p.name FROM product p WHERE p.id = :id AND p.producer_id = :producer")
			.bind("id", productId)
			.bind("producer", scope.producerId())
			.map((row, meta) -> row.get("name", String.class))
			.one();
	}

	Flux<Batch> ofProduct(long productId, ProducerScope scope) {
		return this.db.sql(BATCH + " WHERE b.product_id = :product ORDER BY b.produced_on DESC NULLS LAST, b.id DESC")
			.bind("product", productId)
			.bind("producer", scope.producerId())
			.map((row, meta) -> Batch.of(row))
			.all();
	}

	Mono<Batch> find(long batchId, ProducerScope scope) {
		return this.db.sql(BATCH + " WHERE b.id = :id")
			.bind("id", batchId)
			.bind("producer", scope.producerId())
			.map((row, meta) -> Batch.of(row))
			.one();
	}

	/**
	 * @return the new batch's id, empty when the lot code is already used for this
	 * product
	 */
	Mono<Long> create(long productId, BatchForm form, ProducerScope scope) {
		DatabaseClient.GenericExecuteSpec insert = this.db.sql("""
				INSERT INTO batch (product_id, lot_code, produced_on, best_before, quantity, origin_place,
				                   origin_province, created_by)
				VALUES (:product, :lot, :produced, :best, :quantity, :place, :province, :email)
				ON CONFLICT (product_id, lot_code) DO NOTHING
				RETURNING id""").bind("product", productId).bind("email", scope.actor());
		return details(insert, form).map((row, meta) -> row.get("id", Long.class)).one();
	}

	/**
	 * Saves a batch's details. Its lot code changes only while no label has been scanned
	 * (the printed QR codes carry it) and never to another batch's of the product.
	 * @return whether it was saved; false when the lot code was refused
	 */
	Mono<Boolean> update(long batchId, BatchForm form, ProducerScope scope) {
		DatabaseClient.GenericExecuteSpec update = this.db
			.sql("""
					UPDATE batch b SET lot_code = :lot, produced_on = :produced, best_before = :best, quantity = :quantity,
					                   origin_place = :place, origin_province = :province
					FROM product p
					WHERE b.id = :id AND p.id = b.product_id AND p.producer_id = :producer
					  AND (b.lot_code = :lot OR NOT EXISTS (SELECT 1 FROM qr_scan s WHERE s.batch_id = b.id))
					  AND NOT EXISTS (SELECT 1 FROM batch o WHERE o.product_id = b.product_id AND o.lot_code = :lot AND o.id <> b.id)""")
			.bind("id", batchId)
			.bind("producer", scope.producerId());
		return details(update, form).fetch().rowsUpdated().map((rows) -> rows > 0);
	}

	/**
	 * Binds the batch's details from the form: lot, dates, quantity and origin.
	 */
	private static DatabaseClient.GenericExecuteSpec details(DatabaseClient.GenericExecuteSpec spec, BatchForm form) {
		spec = spec.bind("lot", form.lotCode()).bind("produced", form.produced());
		spec = bind(spec, "best", form.best(), LocalDate.class);
		spec = bind(spec, "quantity", form.parseQuantity(), Integer.class);
		spec = bind(spec, "place", form.originPlace().isEmpty() ? null : form.originPlace(), String.class);
		return bind(spec, "province", form.originProvince().isEmpty() ? null : form.originProvince(), String.class);
	}

	Mono<Void> addEvent(long batchId, EventForm form, ProducerScope scope) {
		return this.db.sql("""
				INSERT INTO trace_event (batch_id, at, kind, place, from_place, to_place, note, actor)
				VALUES (:batch, :at, :kind, :place, nullif(:from, ''), nullif(:to, ''), nullif(:note, ''), :actor)""")
			.bind("batch", batchId)
			.bind("at", form.instant())
			.bind("kind", form.eventKind().name())
			.bind("place", form.place())
			.bind("from", form.fromPlace())
			.bind("to", form.toPlace())
			.bind("note", form.note())
			.bind("actor", scope.actor())
			.then();
	}

	Flux<Event> events(long batchId) {
		return this.db.sql("""
				SELECT kind, at, place, from_place, to_place, note, actor FROM trace_event WHERE batch_id = :batch
				ORDER BY at, id""")
			.bind("batch", batchId)
			.map((row, meta) -> new Event(row.get("kind", String.class), row.get("at", Instant.class),
					row.get("place", String.class), row.get("from_place", String.class),
					row.get("to_place", String.class), row.get("note", String.class), row.get("actor", String.class)))
			.all();
	}

	private static <T> DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, String name,
			T value, Class<T> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}

	record Event(String kind, Instant at, String place, String fromPlace, String toPlace, String note, String actor) {

	}

}
