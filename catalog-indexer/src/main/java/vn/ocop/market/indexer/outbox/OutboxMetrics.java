package vn.ocop.market.indexer.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * {@code ocop.outbox.backlog} (rows waiting), {@code ocop.outbox.parked} and
 * {@code ocop.sync.lag}: from an outbox row's creation, in the transaction that changed
 * the catalog, to Elasticsearch acknowledging its document.
 */
@Component
class OutboxMetrics {

	private final DatabaseClient db;

	private final Timer lag;

	private final AtomicLong backlog = new AtomicLong();

	private final AtomicLong parked = new AtomicLong();

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
	}

	void recordLag(Duration duration) {
		this.lag.record(duration);
	}

	Mono<Void> refresh() {
		return this.db.sql("""
				SELECT count(*) FILTER (WHERE NOT parked) AS pending, count(*) FILTER (WHERE parked) AS parked
				FROM catalog_outbox WHERE processed_at IS NULL
				""").map((row, meta) -> {
			this.backlog.set(row.get("pending", Long.class));
			this.parked.set(row.get("parked", Long.class));
			return true;
		}).one().then();
	}

}
