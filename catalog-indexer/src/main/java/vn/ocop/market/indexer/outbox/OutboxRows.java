package vn.ocop.market.indexer.outbox;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The {@code catalog_outbox} table as the worker sees it: claim, mark done, mark failed.
 */
@Repository
class OutboxRows {

	/**
	 * A row {@code o} a claim may take: due, and of no product another worker holds.
	 * {@code NOT IN} rather than {@code NOT EXISTS}: PostgreSQL hashes the held products
	 * once whatever its estimates, where an anti join planned on stale statistics (the
	 * outbox changes faster than autovacuum analyses it) compared every pending row with
	 * every held product, seconds per claim with a large batch in flight.
	 */
	private static final String DUE = """
			o.processed_at IS NULL AND NOT o.parked AND o.next_attempt_at <= statement_timestamp()
			  AND (o.claimed_at IS NULL OR o.claimed_at < statement_timestamp() - :lease * interval '1 millisecond')
			  AND o.product_id NOT IN (SELECT h.product_id FROM held h)""";

	/**
	 * Rows due and not held, oldest first, skipping rows another transaction has locked
	 * and every product another worker holds a live claim on: writes of one product never
	 * race between workers. The oldest {@code :limit} rows name the products; every due
	 * row of those products is claimed with them (a product changed twice, as an import
	 * changes its product and certificate rows, is then rebuilt once, not once per row),
	 * so a claim may hold more than {@code :limit} rows. The held products are found once
	 * per claim (the rows in flight have an index of their own) and each named product's
	 * rows through the product's index, so a claim stays cheap however long the backlog.
	 */
	private static final String CLAIM = """
			WITH held AS MATERIALIZED (
			    SELECT DISTINCT c.product_id FROM catalog_outbox c
			    WHERE c.processed_at IS NULL AND c.claimed_at IS NOT NULL AND NOT c.parked
			      AND c.claimed_at >= statement_timestamp() - :lease * interval '1 millisecond'),
			oldest AS MATERIALIZED (
			    SELECT DISTINCT d.product_id FROM (
			        SELECT o.product_id FROM catalog_outbox o WHERE %1$s
			        ORDER BY o.id
			        LIMIT :limit
			        FOR UPDATE OF o SKIP LOCKED) d),
			picked AS (
			    SELECT p.id FROM oldest, LATERAL (
			        SELECT o.id FROM catalog_outbox o WHERE o.product_id = oldest.product_id AND %1$s
			        FOR UPDATE OF o SKIP LOCKED) p)
			UPDATE catalog_outbox o SET claimed_at = statement_timestamp()
			FROM picked WHERE o.id = picked.id
			RETURNING o.id, o.product_id
			""".formatted(DUE);

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	OutboxRows(DatabaseClient db, ReactiveTransactionManager transactions) {
		this.db = db;
		this.transaction = TransactionalOperator.create(transactions);
	}

	/**
	 * Claims a batch. Claims take turns (a transaction lock held for one short
	 * statement), so each claim sees the ones before it and the product check is exact.
	 */
	Flux<ClaimedRow> claim(int limit, Duration lease) {
		return this.db.sql("SELECT pg_advisory_xact_lock(hashtext('catalog_outbox claim'))")
			.then()
			.thenMany(this.db.sql(CLAIM)
				.bind("lease", lease.toMillis())
				.bind("limit", limit)
				.map((row, meta) -> new ClaimedRow(row.get("id", Long.class), row.get("product_id", Long.class)))
				.all())
			.as(this.transaction::transactional);
	}

	/**
	 * Rows waiting, counted up to {@code atMost} (from the index of waiting rows alone,
	 * however long the outbox's history).
	 */
	Mono<Long> pending(int atMost) {
		return this.db.sql("""
				SELECT count(*) AS pending FROM (
				    SELECT 1 FROM catalog_outbox WHERE processed_at IS NULL AND NOT parked LIMIT :atMost) p
				""").bind("atMost", atMost).map((row, meta) -> row.get("pending", Long.class)).one();
	}

	/**
	 * Marks rows done.
	 * @return for each row marked, the time from its creation to now
	 */
	Flux<Duration> processed(Collection<Long> ids) {
		return this.db.sql("""
				UPDATE catalog_outbox SET processed_at = clock_timestamp()
				WHERE id = ANY(CAST(:ids AS bigint[])) AND processed_at IS NULL
				RETURNING (extract(epoch FROM clock_timestamp() - created_at) * 1000)::bigint AS lag_ms
				""")
			.bind("ids", ids.toArray(Long[]::new))
			.map((row, meta) -> Duration.ofMillis(row.get("lag_ms", Long.class)))
			.all();
	}

	/**
	 * Records a failed attempt per row: due again after an exponential backoff, parked
	 * with its error after the last attempt.
	 */
	Mono<Void> failed(Map<Long, String> errors, OutboxProperties properties) {
		if (errors.isEmpty()) {
			return Mono.empty();
		}
		Long[] ids = new Long[errors.size()];
		String[] messages = new String[errors.size()];
		int i = 0;
		for (Map.Entry<Long, String> error : errors.entrySet()) {
			ids[i] = error.getKey();
			messages[i++] = error.getValue();
		}
		return this.db.sql("""
				UPDATE catalog_outbox o
				SET attempts = o.attempts + 1, claimed_at = NULL, last_error = f.error,
				    parked = o.attempts + 1 >= :maxAttempts,
				    next_attempt_at = clock_timestamp()
				        + least(:backoff * power(2, o.attempts), :maxBackoff) * interval '1 millisecond'
				FROM unnest(CAST(:ids AS bigint[]), CAST(:errors AS text[])) AS f(id, error)
				WHERE o.id = f.id AND o.processed_at IS NULL
				""")
			.bind("ids", ids)
			.bind("errors", messages)
			.bind("maxAttempts", properties.maxAttempts())
			.bind("backoff", properties.backoff().toMillis())
			.bind("maxBackoff", properties.maxBackoff().toMillis())
			.then();
	}

	/**
	 * Gives rows back untouched, when the failure was not theirs (Elasticsearch or the
	 * database unreachable): the worker backs off instead.
	 */
	Mono<Void> release(Collection<Long> ids) {
		return this.db.sql("""
				UPDATE catalog_outbox SET claimed_at = NULL
				WHERE id = ANY(CAST(:ids AS bigint[])) AND processed_at IS NULL
				""").bind("ids", ids.toArray(Long[]::new)).then();
	}

}
