package vn.ocop.market.indexer.outbox;

/**
 * An outbox row this worker holds.
 */
record ClaimedRow(long id, long productId) {

}
