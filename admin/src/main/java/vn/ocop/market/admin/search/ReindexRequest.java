package vn.ocop.market.admin.search;

import java.time.Instant;

/**
 * A full reindex, from its request to its end, with the indexer's progress.
 */
record ReindexRequest(long id, String requestedBy, Instant requestedAt, Status status, Instant startedAt,
		Instant finishedAt, int indexed, Integer total, String error) {

	/**
	 * Progress in percent, 0 until the total is known.
	 */
	public int percent() {
		if (this.status == Status.DONE) {
			return 100;
		}
		return (this.total == null || this.total == 0) ? 0 : (int) Math.min(100, 100L * this.indexed / this.total);
	}

	public boolean active() {
		return this.status == Status.REQUESTED || this.status == Status.RUNNING;
	}

	enum Status {

		REQUESTED, RUNNING, DONE, FAILED

	}

}
