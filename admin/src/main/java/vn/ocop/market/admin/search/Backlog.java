package vn.ocop.market.admin.search;

/**
 * How far Elasticsearch is behind the catalogue.
 *
 * @param pending outbox rows waiting for the indexer
 * @param parked rows that stopped retrying
 * @param lagSeconds the age of the oldest waiting row, 0 when none waits
 */
record Backlog(long pending, long parked, long lagSeconds) {

}
