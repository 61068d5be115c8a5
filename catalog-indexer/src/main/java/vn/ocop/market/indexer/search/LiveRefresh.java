package vn.ocop.market.indexer.search;

import java.util.concurrent.atomic.AtomicBoolean;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * How often the live index refreshes. Each refresh makes the documents written since the
 * last one searchable in a new segment, which Elasticsearch merges again later: while a
 * large backlog is written, refreshing every second costs more than the writes. A backlog
 * is then written with the index refreshing seldom, and refreshed once at the end.
 */
@Component
public class LiveRefresh {

	private final IndexAdmin indices;

	/** Whether this process set a longer interval that it has not given back yet. */
	private final AtomicBoolean relaxed = new AtomicBoolean();

	LiveRefresh(IndexAdmin indices) {
		this.indices = indices;
	}

	/**
	 * Runs {@code work} with the live index refreshing every {@code interval}, then gives
	 * it back its serving interval and refreshes it, whether {@code work} succeeded,
	 * failed or was cancelled. If that fails too (Elasticsearch away), the next
	 * {@link #restoreIfRelaxed()} does it.
	 */
	public Mono<Void> every(String interval, Mono<Void> work) {
		Mono<Boolean> relax = Mono.fromRunnable(() -> this.relaxed.set(true))
			.then(this.indices.refreshEvery(this.indices.alias(), interval))
			.thenReturn(true);
		return Mono.usingWhen(relax, (relaxedNow) -> work, (relaxedNow) -> restore());
	}

	/**
	 * Gives the live index back its serving interval if {@link #every} could not.
	 */
	public Mono<Void> restoreIfRelaxed() {
		return Mono.defer(() -> this.relaxed.get() ? restore() : Mono.empty());
	}

	/**
	 * Gives the live index its serving refresh interval (whatever a process that stopped
	 * mid-backlog left) and refreshes it.
	 */
	Mono<Void> restore() {
		String alias = this.indices.alias();
		return this.indices.refreshEvery(alias, BuildSettings.servingRefreshInterval())
			.then(this.indices.refresh(alias))
			.doOnSuccess((done) -> this.relaxed.set(false));
	}

}
