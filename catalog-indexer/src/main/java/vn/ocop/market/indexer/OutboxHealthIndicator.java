package vn.ocop.market.indexer;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Reports the outbox backlog: how many changes wait to reach Elasticsearch, and how many
 * are parked after repeated failures.
 */
@Component
class OutboxHealthIndicator implements ReactiveHealthIndicator {

	private final DatabaseClient db;

	OutboxHealthIndicator(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<Health> health() {
		return this.db.sql("""
				SELECT count(*) FILTER (WHERE NOT parked) AS pending, count(*) FILTER (WHERE parked) AS parked
				FROM catalog_outbox WHERE processed_at IS NULL
				""")
			.map((row, meta) -> Health.up()
				.withDetail("pending", row.get("pending", Long.class))
				.withDetail("parked", row.get("parked", Long.class))
				.build())
			.one();
	}

}
