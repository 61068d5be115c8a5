package vn.ocop.market.indexer.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * {@code ocop.outbox.backlog} (rows waiting), {@code ocop.outbox.parked},
 * {@code ocop.outbox.backlog.drains} (drains that wrote a backlog with the live index
 * refreshing seldom) and {@code ocop.sync.lag}: from an outbox row's creation, in the
 * transaction that changed the catalog, to Elasticsearch acknowledging its document. The
 * two gauges are counted from the partial indexes of waiting and of parked rows, not from
 * the processed rows the outbox keeps for a week.
 */
@Component
class OutboxMetrics {

	private final DatabaseClient db;

	private final Timer lag;

	private final AtomicLong backlog = new AtomicLong();

	private final AtomicLong parked = new AtomicLong();

	private final Counter backlogDrains;

	OutboxMetrics(DatabaseClient db, MeterRegistry registry) {
		this.db = db;
		this.lag = Timer.builder("ocop.sync.lag")
			.description("Outbox row created to search document written")
			.publishPercentiles(0.5, 0.95, 0.99)
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(5))
			.maximumExpectedValue(Duration.ofMinutes(10))
			.register(registry);
		Gauge.builder("ocop.outbox.backlog", this.backlog, AtomicLong::get)
			.description("Outbox rows waiting to reach Elasticsearch")
			.baseUnit("rows")
			.register(registry);
		Gauge.builder("ocop.outbox.parked", this.parked, AtomicLong::get)
			.description("Outbox rows parked after repeated failures")
			.baseUnit("rows")
			.register(registry);
		this.backlogDrains = Counter.builder("ocop.outbox.backlog.drains")
			.description("Drains that wrote a backlog with the live index refreshing seldom")
			.register(registry);
	}

	void backlogDrained() {
		this.backlogDrains.increment();
	}

	void recordLag(Duration duration) {
		this.lag.record(duration);
	}

	Mono<Void> refresh() {
		return this.db.sql("""
				SELECT (SELECT count(*) FROM catalog_outbox WHERE processed_at IS NULL AND NOT parked) AS pending,
				       (SELECT count(*) FROM catalog_outbox WHERE processed_at IS NULL AND parked) AS parked
				""").map((row, meta) -> {
			this.backlog.set(row.get("pending", Long.class));
			this.parked.set(row.get("parked", Long.class));
			return true;
		}).one().then();
	}

}
