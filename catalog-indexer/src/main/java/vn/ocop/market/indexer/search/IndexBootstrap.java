package vn.ocop.market.indexer.search;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.indexer.background.BackgroundTask;

/**
 * Makes sure the alias exists before anything is written: on start it creates the first
 * index and points the alias at it when missing, retrying while Elasticsearch is away. It
 * also gives the live index its serving refresh interval, should an indexer have stopped
 * while writing a backlog with a longer one ({@link LiveRefresh}). Indexers starting side
 * by side take turns through a database lock, so only one creates it.
 */
@Component
public class IndexBootstrap extends BackgroundTask {

	private static final Logger logger = LoggerFactory.getLogger(IndexBootstrap.class);

	private final IndexAdmin admin;

	private final LiveRefresh liveRefresh;

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final Sinks.Empty<Void> ready = Sinks.empty();

	IndexBootstrap(IndexAdmin admin, LiveRefresh liveRefresh, DatabaseClient db,
			ReactiveTransactionManager transactions) {
		this.admin = admin;
		this.liveRefresh = liveRefresh;
		this.db = db;
		this.transaction = TransactionalOperator.create(transactions);
	}

	/**
	 * Completes once the alias exists.
	 */
	public Mono<Void> ready() {
		return this.ready.asMono();
	}

	@Override
	protected Disposable launch() {
		Mono<Void> ensure = this.db.sql("SELECT pg_advisory_xact_lock(hashtext('search index bootstrap'))")
			.then()
			.then(this.admin.ensureAlias())
			.then(this.admin.addNewFields())
			.flatMap((older) -> older ? requestReindex() : Mono.empty())
			.then(this.liveRefresh.restore())
			.as(this.transaction::transactional);
		return ensure
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
				.maxBackoff(Duration.ofSeconds(30))
				.doBeforeRetry(
						(signal) -> logger.warn("Search index not ready, retrying: {}", signal.failure().toString())))
			.subscribe(null, (ex) -> logger.error("Search index bootstrap gave up", ex), this.ready::tryEmitEmpty);
	}

	/**
	 * An index of an older mapping is rebuilt behind the alias, as a reindex asked for
	 * from admin is.
	 */
	private Mono<Void> requestReindex() {
		logger.info("The live search index has an older mapping: a full reindex is requested");
		return this.db
			.sql("INSERT INTO search_reindex (requested_by) VALUES ('catalog-indexer (mapping upgrade)') "
					+ "ON CONFLICT DO NOTHING")
			.then();
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 100;
	}

}
