package vn.ocop.market.indexer.reindex;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code search_reindex} table from the indexer's side: pick up a request, report
 * progress, finish it.
 */
@Repository
class ReindexRequests {

	private final DatabaseClient db;

	ReindexRequests(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Starts the waiting request, unless one is running (a unique index allows one).
	 * @return its id, or empty when there is nothing to do
	 */
	Mono<Long> start() {
		return this.db.sql("""
				UPDATE search_reindex
				SET status = 'RUNNING', started_at = now(), heartbeat_at = now(),
				    total_count = (SELECT count(*) FROM product)
				WHERE id = (SELECT id FROM search_reindex WHERE status = 'REQUESTED' ORDER BY id LIMIT 1
				            FOR UPDATE SKIP LOCKED)
				  AND NOT EXISTS (SELECT 1 FROM search_reindex WHERE status = 'RUNNING')
				RETURNING id
				""")
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.onErrorResume(org.springframework.dao.DataIntegrityViolationException.class, (ex) -> Mono.empty());
	}

	/**
	 * Fails a running reindex whose indexer stopped reporting.
	 */
	Mono<Void> failStale(Duration staleAfter) {
		return this.db.sql("""
				UPDATE search_reindex
				SET status = 'FAILED', finished_at = now(), error = 'no progress since ' || heartbeat_at
				WHERE status = 'RUNNING' AND heartbeat_at < now() - :stale * interval '1 millisecond'
				""").bind("stale", staleAfter.toMillis()).then();
	}

	Mono<Void> building(long id, String index) {
		return this.db.sql("UPDATE search_reindex SET index_name = :index, heartbeat_at = now() WHERE id = :id")
			.bind("id", id)
			.bind("index", index)
			.then();
	}

	Mono<Void> progress(long id, long indexed) {
		return this.db.sql("UPDATE search_reindex SET indexed_count = :indexed, heartbeat_at = now() WHERE id = :id")
			.bind("id", id)
			.bind("indexed", indexed)
			.then();
	}

	Mono<Void> done(long id) {
		return this.db.sql("""
				UPDATE search_reindex SET status = 'DONE', finished_at = now(), heartbeat_at = now()
				WHERE id = :id AND status = 'RUNNING'
				""").bind("id", id).then();
	}

	Mono<Void> failed(long id, String error) {
		return this.db.sql("""
				UPDATE search_reindex SET status = 'FAILED', finished_at = now(), error = :error
				WHERE id = :id AND status = 'RUNNING'
				""").bind("id", id).bind("error", error).then();
	}

}
