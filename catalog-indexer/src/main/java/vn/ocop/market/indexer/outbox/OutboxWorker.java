package vn.ocop.market.indexer.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.ocop.market.indexer.background.BackgroundTask;
import vn.ocop.market.indexer.background.DatabaseNotifications;
import vn.ocop.market.indexer.search.IndexBootstrap;
import vn.ocop.market.indexer.search.LiveRefresh;

/**
 * Drains the outbox whenever a trigger notifies {@value #CHANNEL}, and every poll
 * interval in case a notification was missed. Each wake-up runs batches until none is
 * left, a few at once; wake-ups during a drain fold into one. When a whole batch fails
 * (Elasticsearch or the database away), its rows go back untouched and the worker waits,
 * longer after each failure in a row.
 */
@Component
class OutboxWorker extends BackgroundTask {

	static final String CHANNEL = "catalog_outbox";

	private static final Logger logger = LoggerFactory.getLogger(OutboxWorker.class);

	private final OutboxBatch batch;

	private final OutboxMetrics metrics;

	private final DatabaseNotifications notifications;

	private final IndexBootstrap bootstrap;

	private final OutboxProperties properties;

	private final OutboxRows rows;

	private final LiveRefresh liveRefresh;

	private final AtomicInteger failuresInARow = new AtomicInteger();

	OutboxWorker(OutboxBatch batch, OutboxMetrics metrics, DatabaseNotifications notifications,
			IndexBootstrap bootstrap, LiveRefresh liveRefresh, OutboxRows rows, OutboxProperties properties) {
		this.batch = batch;
		this.metrics = metrics;
		this.notifications = notifications;
		this.bootstrap = bootstrap;
		this.liveRefresh = liveRefresh;
		this.rows = rows;
		this.properties = properties;
	}

	@Override
	protected Disposable launch() {
		if (!this.properties.enabled()) {
			return null;
		}
		return this.notifications.drainOnWakeUp(this.bootstrap.ready(), CHANNEL, this.properties.pollInterval(),
				this::drain);
	}

	/**
	 * Runs batches, {@code batches-in-flight} at once, until each claims nothing. A batch
	 * never waits for another's products: their claims hold them. When one fails, the
	 * others finish theirs before the worker pauses, so no claim is left to its lease.
	 * <p>
	 * A backlog of {@code backlog} rows or more (an import, a mass change) is written
	 * with the live index refreshing only every {@code backlog-refresh-interval}, while
	 * claims come back full, then refreshed once: rows that arrive meanwhile wait behind
	 * the backlog anyway, and every refresh of a few thousand new documents makes a
	 * segment that Elasticsearch writes, then merges again.
	 */
	Mono<Void> drain() {
		return this.rows.pending(this.properties.backlog())
			.filter((pending) -> pending >= this.properties.backlog())
			.flatMap((pending) -> drainBacklog())
			.then(this.liveRefresh.restoreIfRelaxed())
			.then(lanes(BatchResult::claimedAny))
			.then(this.metrics.refresh())
			.doOnSuccess((done) -> this.failuresInARow.set(0))
			.onErrorResume(this::pause);
	}

	private Mono<Void> drainBacklog() {
		String interval = this.properties.backlogRefreshInterval();
		logger.info("Outbox backlog of {} rows or more: the live index refreshes every {} until it is written",
				this.properties.backlog(), interval);
		this.metrics.backlogDrained();
		return this.liveRefresh.every(interval,
				lanes((result) -> result.claimed().size() >= this.properties.batchSize()));
	}

	private Mono<Void> lanes(Predicate<BatchResult> whileClaimed) {
		Mono<Void> lane = Mono.defer(this.batch::process).repeat().takeWhile(whileClaimed).then();
		int lanes = this.properties.batchesInFlight();
		return Flux.range(0, lanes).flatMapDelayError((i) -> lane, lanes, 1).then();
	}

	private Mono<Void> pause(Throwable failure) {
		Duration wait = this.properties.backoff(this.failuresInARow.incrementAndGet());
		logger.warn("Outbox batch failed, pausing {}: {}", wait, failure.toString());
		return Mono.delay(wait).then();
	}

}
