package vn.ocop.market.indexer.reindex;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.ocop.market.indexer.background.BackgroundTask;
import vn.ocop.market.indexer.background.DatabaseNotifications;
import vn.ocop.market.indexer.search.IndexBootstrap;

/**
 * Runs full reindex requests as they are inserted (the table's trigger notifies
 * {@value #CHANNEL}), polling as a fallback.
 */
@Component
class ReindexWorker extends BackgroundTask {

	static final String CHANNEL = "search_reindex";

	private static final Logger logger = LoggerFactory.getLogger(ReindexWorker.class);

	private final ReindexRequests requests;

	private final FullReindex reindex;

	private final DatabaseNotifications notifications;

	private final IndexBootstrap bootstrap;

	private final ReindexProperties properties;

	ReindexWorker(ReindexRequests requests, FullReindex reindex, DatabaseNotifications notifications,
			IndexBootstrap bootstrap, ReindexProperties properties) {
		this.requests = requests;
		this.reindex = reindex;
		this.notifications = notifications;
		this.bootstrap = bootstrap;
		this.properties = properties;
	}

	@Override
	protected Disposable launch() {
		if (!this.properties.enabled()) {
			return null;
		}
		return this.notifications.drainOnWakeUp(this.bootstrap.ready(), CHANNEL, this.properties.pollInterval(),
				this::runWaiting);
	}

	/**
	 * Runs requests until none waits.
	 */
	Mono<Void> runWaiting() {
		return Mono.defer(this::runNext).repeat().takeWhile((ran) -> ran).then().onErrorResume((ex) -> {
			logger.warn("Could not run reindex requests: {}", ex.toString());
			return Mono.empty();
		});
	}

	private Mono<Boolean> runNext() {
		return this.requests.failStale(this.properties.staleAfter())
			.then(this.requests.start())
			.flatMap((request) -> this.reindex.run(request).thenReturn(true))
			.defaultIfEmpty(false);
	}

}
