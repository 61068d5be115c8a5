package vn.ocop.market.admin.batches;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.admin.account.ProducerScope;

import vn.ocop.market.admin.files.FileType;

/**
 * A batch's quality documents: PDF or image recognised by its first bytes, at most 10 MB.
 */
@Repository
class Documents {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private final DatabaseClient db;

	Documents(DatabaseClient db) {
		this.db = db;
	}

	Mono<Long> add(long batchId, String kind, String title, String fileName, FileType type, byte[] content,
			ProducerScope scope) {
		return this.db.sql("""
				INSERT INTO batch_document (batch_id, kind, title, file_name, content_type, size_bytes, content,
				                            uploaded_by)
				VALUES (:batch, :kind, :title, :file, :type, :size, :content, :email) RETURNING id""")
			.bind("batch", batchId)
			.bind("kind", kind)
			.bind("title", title)
			.bind("file", fileName)
			.bind("type", type.contentType())
			.bind("size", content.length)
			.bind("content", content)
			.bind("email", scope.actor())
			.map((row, meta) -> row.get("id", Long.class))
			.one();
	}

	Flux<DocumentRow> of(long batchId) {
		return this.db.sql("""
				SELECT id, kind, title, file_name, size_bytes, uploaded_at FROM batch_document WHERE batch_id = :batch
				ORDER BY uploaded_at, id""")
			.bind("batch", batchId)
			.map((row, meta) -> new DocumentRow(row.get("id", Long.class), row.get("kind", String.class),
					row.get("title", String.class), row.get("file_name", String.class),
					row.get("size_bytes", Integer.class), row.get("uploaded_at", Instant.class)))
			.all();
	}

	Mono<Content> content(long documentId, ProducerScope scope) {
		return this.db.sql("""
				SELECT d.file_name, d.content_type, d.content FROM batch_document d JOIN batch b ON b.id = d.batch_id
				%s WHERE d.id = :id""".formatted(OwnBatches.OWNED))
			.bind("id", documentId)
			.bind("producer", scope.producerId())
			.map((row, meta) -> new Content(row.get("file_name", String.class), row.get("content_type", String.class),
					row.get("content", byte[].class)))
			.one();
	}

	/**
	 * Deletes a document of the account's own batches (an upload of the wrong file).
	 * @return the document's batch, or empty when it is not theirs
	 */
	Mono<Long> delete(long documentId, ProducerScope scope) {
		return this.db.sql("""
				DELETE FROM batch_document d USING batch b %s
				WHERE d.id = :id AND b.id = d.batch_id
				RETURNING d.batch_id""".formatted(OwnBatches.OWNED))
			.bind("id", documentId)
			.bind("producer", scope.producerId())
			.map((row, meta) -> row.get("batch_id", Long.class))
			.one();
	}

	record DocumentRow(long id, String kind, String title, String fileName, int sizeBytes, Instant uploadedAt) {

	}

	record Content(String fileName, String contentType, byte[] bytes) {

	}

	enum Kind {

		VIETGAP, HACCP, ISO_22000, ORGANIC, TEST_REPORT, OTHER

	}

}
