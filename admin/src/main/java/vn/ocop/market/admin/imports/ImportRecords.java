package vn.ocop.market.admin.imports;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code certification_import} table: files from their preview to their apply.
 */
@Repository
class ImportRecords {

	private static final String COLUMNS = """
			id, file_name, sha256, size_bytes, uploaded_by, uploaded_at, status, mode, applied_by, applied_at,
			row_count, counts""";

	private final DatabaseClient db;

	private final JsonMapper json;

	ImportRecords(DatabaseClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	Mono<Long> create(String fileName, String sha256, byte[] content, String user, List<RowReport> rows) {
		return insert("""
				INSERT INTO certification_import (file_name, sha256, size_bytes, content, uploaded_by, row_count,
				                                  counts, report)
				VALUES (:fileName, :sha256, :size, :content, :user, :rowCount, :counts::jsonb, :report::json)
				RETURNING id
				""", fileName, sha256, content, user, rows).map((row, meta) -> row.get("id", Long.class)).one();
	}

	/**
	 * Records a file decided as it arrives (the API without a dry run), its report
	 * written once.
	 */
	Mono<Long> create(String fileName, String sha256, byte[] content, String user, List<RowReport> rows,
			ImportRecord.Status status, ImportRecord.Mode mode) {
		return insert("""
				INSERT INTO certification_import (file_name, sha256, size_bytes, content, uploaded_by, row_count,
				                                  counts, report, status, mode, applied_by, applied_at)
				VALUES (:fileName, :sha256, :size, :content, :user, :rowCount, :counts::jsonb, :report::json,
				        :status, :mode, :user, now())
				RETURNING id
				""", fileName, sha256, content, user, rows).bind("status", status.name())
			.bind("mode", mode.name())
			.map((row, meta) -> row.get("id", Long.class))
			.one();
	}

	private DatabaseClient.GenericExecuteSpec insert(String sql, String fileName, String sha256, byte[] content,
			String user, List<RowReport> rows) {
		return this.db.sql(sql)
			.bind("fileName", fileName)
			.bind("sha256", sha256)
			.bind("size", content.length)
			.bind("content", content)
			.bind("user", user)
			.bind("rowCount", rows.size())
			.bind("counts", json(counts(rows)))
			.bind("report", json(rows));
	}

	/**
	 * JSON as UTF-8 bytes: a report of 10 000 rows is megabytes, which as a Java string
	 * would be built, copied and encoded once more.
	 */
	private Json json(Object value) {
		return Json.of(this.json.writeValueAsBytes(value));
	}

	Mono<Void> decide(long id, ImportRecord.Status status, ImportRecord.Mode mode, String user, List<RowReport> rows) {
		return this.db.sql("""
				UPDATE certification_import
				SET status = :status, mode = :mode, applied_by = :user, applied_at = now(), row_count = :rowCount,
				    counts = :counts::jsonb, report = :report::json
				WHERE id = :id
				""")
			.bind("id", id)
			.bind("status", status.name())
			.bind("mode", mode.name())
			.bind("user", user)
			.bind("rowCount", rows.size())
			.bind("counts", json(counts(rows)))
			.bind("report", json(rows))
			.then();
	}

	/**
	 * Locks the row: two confirmations of one preview are decided one after the other.
	 */
	Mono<ImportRecord> findForUpdate(long id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM certification_import WHERE id = :id FOR UPDATE")
			.bind("id", id)
			.map(this::record)
			.one();
	}

	Mono<ImportRecord> find(long id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM certification_import WHERE id = :id")
			.bind("id", id)
			.map(this::record)
			.one();
	}

	Mono<byte[]> content(long id) {
		return this.db.sql("SELECT content FROM certification_import WHERE id = :id")
			.bind("id", id)
			.map((row, meta) -> row.get("content", byte[].class))
			.one();
	}

	Mono<List<RowReport>> report(long id) {
		return this.db.sql("SELECT report FROM certification_import WHERE id = :id")
			.bind("id", id)
			.map((row, meta) -> this.json.readValue(row.get("report", Json.class).asString(),
					new TypeReference<List<RowReport>>() {
					}))
			.one();
	}

	Flux<ImportRecord> recent(int limit) {
		return this.db
			.sql("SELECT " + COLUMNS + " FROM certification_import ORDER BY uploaded_at DESC, id DESC LIMIT :limit")
			.bind("limit", limit)
			.map(this::record)
			.all();
	}

	/**
	 * The earlier import that applied this very file, if any.
	 */
	Mono<Long> appliedWithHash(String sha256) {
		return this.db.sql("SELECT id FROM certification_import WHERE sha256 = :sha256 AND status = 'APPLIED'")
			.bind("sha256", sha256)
			.map((row, meta) -> row.get("id", Long.class))
			.one();
	}

	private ImportRecord record(Readable row) {
		String mode = row.get("mode", String.class);
		Map<Outcome, Integer> counts = this.json.readValue(row.get("counts", Json.class).asString(),
				new TypeReference<EnumMap<Outcome, Integer>>() {
				});
		return new ImportRecord(row.get("id", Long.class), row.get("file_name", String.class),
				row.get("sha256", String.class), row.get("size_bytes", Integer.class),
				row.get("uploaded_by", String.class), row.get("uploaded_at", Instant.class),
				ImportRecord.Status.valueOf(row.get("status", String.class)),
				(mode != null) ? ImportRecord.Mode.valueOf(mode) : null, row.get("applied_by", String.class),
				row.get("applied_at", Instant.class), row.get("row_count", Integer.class), counts);
	}

	static Map<Outcome, Integer> counts(List<RowReport> rows) {
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, 0);
		}
		rows.forEach((row) -> counts.merge(row.outcome(), 1, Integer::sum));
		return counts;
	}

}
