package vn.ocop.market.indexer.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is drained.
 *
 * @param enabled whether this instance runs the worker
 * @param batchSize the oldest rows a claim takes, with every other due row of their
 * products
 * @param pollInterval how often to look without a notification
 * @param lease how long a claim keeps a product to its worker; after that the worker is
 * taken for dead and another one may claim its rows
 * @param maxAttempts failed writes of a row before it is parked
 * @param backoff the wait after a row's first failure, doubled after each further one
 * @param maxBackoff the longest wait between two attempts
 * @param keepProcessed how long processed rows stay for inspection before the hourly
 * clean-up removes them (each product's newest row always stays)
 * @param batchesInFlight batches a drain runs at once, each on products of its own (as
 * workers side by side): one reads PostgreSQL while another waits for Elasticsearch
 * @param backlog rows waiting from which a drain writes them as a backlog, with the live
 * index refreshing seldom
 * @param backlogRefreshInterval how often the live index refreshes while a backlog is
 * written (an Elasticsearch time value)
 */
@ConfigurationProperties("ocop.indexer.outbox")
record OutboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1000") int batchSize,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("60s") Duration lease,
		@DefaultValue("8") int maxAttempts, @DefaultValue("1s") Duration backoff,
		@DefaultValue("5m") Duration maxBackoff, @DefaultValue("7d") Duration keepProcessed,
		@DefaultValue("2") int batchesInFlight, @DefaultValue("5000") int backlog,
		@DefaultValue("30s") String backlogRefreshInterval) {

	Duration backoff(int failures) {
		Duration wait = this.backoff.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 30));
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

}
