package vn.ocop.market.storefront.trace;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.catalog.ProductPhotos;

/**
 * Batches, their journeys, documents and scans from PostgreSQL. Only batches of visible
 * products resolve.
 */
@Repository
class TraceQueries {

	private static final String BATCH = """
			SELECT b.id, b.lot_code, b.produced_on, b.best_before, b.quantity, b.origin_place, b.origin_province,
			       b.recalled_at, b.recall_reason, b.trace_code, p.id AS product_id, p.slug, p.name, p.product_group,
			       p.gtin, p.producer_id,
			       %s AS images
			FROM batch b JOIN product p ON p.id = b.product_id
			WHERE p.status = 'ACTIVE' AND\s""".formatted(ProductPhotos.SQL);

	private final DatabaseClient db;

	private final ProvinceRegistry provinces;

	TraceQueries(DatabaseClient db, ProvinceRegistry provinces) {
		this.db = db;
		this.provinces = provinces;
	}

	Mono<TracedBatch> batch(String gtin14, String lotCode) {
		return this.db.sql(BATCH + "p.gtin = :gtin AND b.lot_code = :lot")
			.bind("gtin", gtin14)
			.bind("lot", lotCode)
			.map((Readable row) -> batch(row))
			.one();
	}

	Mono<TracedBatch> batchByCode(String traceCode) {
		return this.db.sql(BATCH + "b.trace_code = :code")
			.bind("code", traceCode)
			.map((Readable row) -> batch(row))
			.one();
	}

	/**
	 * The newest batches of a product, for the product's linkset.
	 */
	Flux<TracedBatch> recentBatches(long productId, int limit) {
		return this.db.sql(BATCH + "p.id = :product ORDER BY b.produced_on DESC NULLS LAST, b.id DESC LIMIT :limit")
			.bind("product", productId)
			.bind("limit", limit)
			.map((Readable row) -> batch(row))
			.all();
	}

	/**
	 * The visible product with this GTIN-14: its id and slug.
	 */
	Mono<TracedProduct> product(String gtin14) {
		return this.db.sql("SELECT id, slug, name FROM product WHERE gtin = :gtin AND status = 'ACTIVE'")
			.bind("gtin", gtin14)
			.map((row, meta) -> new TracedProduct(row.get("id", Long.class), row.get("slug", String.class),
					row.get("name", String.class), gtin14))
			.one();
	}

	Mono<TraceCertificate> certificate(long productId) {
		return this.db.sql("""
				SELECT decision_no, decision_date, issuing_authority, stars, valid_from, valid_until, status
				FROM certification WHERE product_id = :product AND status <> 'SUPERSEDED'
				ORDER BY decision_date DESC, id DESC LIMIT 1""")
			.bind("product", productId)
			.map((row, meta) -> new TraceCertificate(row.get("decision_no", String.class),
					row.get("decision_date", LocalDate.class), row.get("issuing_authority", String.class),
					row.get("stars", Integer.class), row.get("valid_from", LocalDate.class),
					row.get("valid_until", LocalDate.class), row.get("status", String.class)))
			.one();
	}

	Flux<JourneyStep> journey(long batchId) {
		return this.db.sql("""
				SELECT e.id, e.at, e.kind, e.from_place, e.place, e.to_place, e.note,
				       CASE WHEN u.role = 'PRODUCER' THEN r.name
				            WHEN u.role = 'OPERATOR' THEN nullif(btrim(u.display_name), '')
				            WHEN u.id IS NULL AND position('@' in e.actor) = 0 AND e.actor <> 'ocop-office' THEN e.actor
				       END AS actor,
				       (u.role = 'ADMIN' OR e.actor = 'ocop-office') AS by_office
				FROM trace_event e
				LEFT JOIN app_user u ON u.email = e.actor
				LEFT JOIN producer r ON r.id = u.producer_id
				WHERE e.batch_id = :batch ORDER BY e.at, e.id""")
			.bind("batch", batchId)
			.map((row, meta) -> new JourneyStep(row.get("id", Long.class), instant(row, "at"),
					row.get("kind", String.class), row.get("from_place", String.class), row.get("place", String.class),
					row.get("to_place", String.class), row.get("note", String.class), row.get("actor", String.class),
					Boolean.TRUE.equals(row.get("by_office", Boolean.class))))
			.all();
	}

	Flux<BatchDocument> documents(long batchId) {
		return this.db.sql("""
				SELECT id, kind, title, file_name, content_type, size_bytes, valid_until
				FROM batch_document WHERE batch_id = :batch ORDER BY kind, id""")
			.bind("batch", batchId)
			.map((row, meta) -> new BatchDocument(row.get("id", Long.class), row.get("kind", String.class),
					row.get("title", String.class), row.get("file_name", String.class),
					row.get("content_type", String.class), row.get("size_bytes", Integer.class),
					row.get("valid_until", LocalDate.class)))
			.all();
	}

	/**
	 * A document with its content, only when it belongs to the batch with this code.
	 */
	Mono<DocumentFile> documentFile(String traceCode, long documentId) {
		return this.db.sql("""
				SELECT d.file_name, d.content_type, d.content FROM batch_document d JOIN batch b ON b.id = d.batch_id
				JOIN product p ON p.id = b.product_id
				WHERE d.id = :id AND b.trace_code = :code AND p.status = 'ACTIVE'""")
			.bind("id", documentId)
			.bind("code", traceCode)
			.map((row, meta) -> new DocumentFile(row.get("file_name", String.class),
					row.get("content_type", String.class), bytes(row.get("content", ByteBuffer.class))))
			.one();
	}

	/**
	 * Records a scan and counts, in one statement: all scans of the batch and the
	 * distinct clients since {@code since}, this one included.
	 */
	Mono<ScanCount> recordScan(long batchId, String clientHash, Instant since) {
		return this.db
			.sql("""
					WITH scan AS (INSERT INTO qr_scan (batch_id, client_hash) VALUES (:batch, :client) RETURNING client_hash)
					SELECT (SELECT count(*) FROM qr_scan WHERE batch_id = :batch) + 1 AS scans,
					       (SELECT count(DISTINCT client_hash) FROM (
					            SELECT client_hash FROM qr_scan WHERE batch_id = :batch AND at >= :since
					            UNION SELECT client_hash FROM scan) recent) AS clients""")
			.bind("batch", batchId)
			.bind("client", clientHash)
			.bind("since", since.atOffset(ZoneOffset.UTC))
			.map((row, meta) -> new ScanCount(row.get("scans", Long.class), row.get("clients", Long.class)))
			.one();
	}

	/**
	 * The same counts without recording anything.
	 */
	Mono<ScanCount> scans(long batchId, Instant since) {
		return this.db.sql("""
				SELECT count(*) AS scans, count(DISTINCT client_hash) FILTER (WHERE at >= :since) AS clients
				FROM qr_scan WHERE batch_id = :batch""")
			.bind("batch", batchId)
			.bind("since", since.atOffset(ZoneOffset.UTC))
			.map((row, meta) -> new ScanCount(row.get("scans", Long.class), row.get("clients", Long.class)))
			.one();
	}

	private TracedBatch batch(Readable row) {
		String origin = row.get("origin_province", String.class);
		String gtin = row.get("gtin", String.class);
		return new TracedBatch(row.get("id", Long.class), row.get("lot_code", String.class),
				row.get("produced_on", LocalDate.class), row.get("best_before", LocalDate.class),
				row.get("quantity", Integer.class), row.get("origin_place", String.class),
				(origin != null) ? this.provinces.byCode(origin).orElse(null) : null, instant(row, "recalled_at"),
				row.get("recall_reason", String.class), row.get("trace_code", String.class),
				row.get("product_id", Long.class), row.get("slug", String.class), row.get("name", String.class),
				ProductGroup.valueOf(row.get("product_group", String.class)), (gtin != null) ? gtin.strip() : null,
				ProductPhotos.servable(row.get("images", String[].class)), row.get("producer_id", Long.class));
	}

	private static Instant instant(Readable row, String column) {
		OffsetDateTime time = row.get(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	private static byte[] bytes(ByteBuffer buffer) {
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}

	record TracedProduct(long id, String slug, String name, String gtin) {

	}

	record DocumentFile(String fileName, String contentType, byte[] content) {

	}

	record ScanCount(long scans, long recentClients) {

	}

}
