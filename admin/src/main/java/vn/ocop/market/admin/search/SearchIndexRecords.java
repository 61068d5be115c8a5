package vn.ocop.market.admin.search;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * What admin reads and asks of the search index, all through the database: the
 * catalog-indexer owns Elasticsearch and picks requests up from there.
 */
@Repository
class SearchIndexRecords {

	private final DatabaseClient db;

	SearchIndexRecords(DatabaseClient db) {
		this.db = db;
	}

	Mono<Backlog> backlog() {
		return this.db.sql("""
				SELECT count(*) FILTER (WHERE NOT parked) AS pending, count(*) FILTER (WHERE parked) AS parked,
				       COALESCE(extract(epoch FROM now() - min(created_at) FILTER (WHERE NOT parked)), 0)::bigint AS lag
				FROM catalog_outbox WHERE processed_at IS NULL
				""")
			.map((row, meta) -> new Backlog(row.get("pending", Long.class), row.get("parked", Long.class),
					row.get("lag", Long.class)))
			.one();
	}

	Flux<ParkedRow> parked(int limit) {
		return this.db.sql("""
				SELECT o.id, o.product_id, p.name, o.reason, o.attempts, o.last_error, o.created_at
				FROM catalog_outbox o LEFT JOIN product p ON p.id = o.product_id
				WHERE o.parked AND o.processed_at IS NULL
				ORDER BY o.id DESC LIMIT :limit
				""")
			.bind("limit", limit)
			.map((row, meta) -> new ParkedRow(row.get("id", Long.class), row.get("product_id", Long.class),
					row.get("name", String.class), row.get("reason", String.class), row.get("attempts", Integer.class),
					row.get("last_error", String.class), row.get("created_at", Instant.class)))
			.all();
	}

	/**
	 * Sends parked rows back to the indexer as new, and wakes it.
	 * @param id one row, or {@code null} for every parked row
	 * @return how many rows were sent back
	 */
	Mono<Long> retry(Long id) {
		DatabaseClient.GenericExecuteSpec retry = this.db.sql("""
				WITH r AS (
				    UPDATE catalog_outbox
				    SET parked = false, attempts = 0, next_attempt_at = now(), claimed_at = NULL
				    WHERE parked AND processed_at IS NULL AND (CAST(:id AS bigint) IS NULL OR id = :id)
				    RETURNING product_id)
				SELECT count(pg_notify('catalog_outbox', product_id::text)) AS retried FROM r
				""");
		retry = (id != null) ? retry.bind("id", id) : retry.bindNull("id", Long.class);
		return retry.map((row, meta) -> row.get("retried", Long.class)).one();
	}

	/**
	 * Asks for a full reindex; asking while one waits is asking once.
	 * @return the id of the waiting request
	 */
	Mono<Long> requestReindex(String user) {
		return this.db.sql("""
				WITH inserted AS (
				    INSERT INTO search_reindex (requested_by) VALUES (:user) ON CONFLICT DO NOTHING RETURNING id)
				SELECT id FROM inserted
				UNION ALL SELECT id FROM search_reindex WHERE status = 'REQUESTED'
				LIMIT 1
				""").bind("user", user).map((row, meta) -> row.get("id", Long.class)).one();
	}

	Flux<ReindexRequest> reindexes(int limit) {
		return this.db
			.sql("""
					SELECT id, requested_by, requested_at, status, started_at, finished_at, indexed_count, total_count, error
					FROM search_reindex ORDER BY id DESC LIMIT :limit
					""")
			.bind("limit", limit)
			.map((row, meta) -> new ReindexRequest(row.get("id", Long.class), row.get("requested_by", String.class),
					row.get("requested_at", Instant.class),
					ReindexRequest.Status.valueOf(row.get("status", String.class)),
					row.get("started_at", Instant.class), row.get("finished_at", Instant.class),
					row.get("indexed_count", Integer.class), row.get("total_count", Integer.class),
					row.get("error", String.class)))
			.all();
	}

}
