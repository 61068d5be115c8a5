package vn.ocop.market.indexer.outbox;

import java.util.List;

/**
 * What one batch did.
 *
 * @param claimed the ids of the rows it claimed
 * @param processed rows marked done
 * @param failed rows that will be retried or were parked
 */
record BatchResult(List<Long> claimed, int processed, int failed) {

	static final BatchResult EMPTY = new BatchResult(List.of(), 0, 0);

	boolean claimedAny() {
		return !this.claimed.isEmpty();
	}

}
