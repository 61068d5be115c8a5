package vn.ocop.market.indexer.search;

import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Elasticsearch readiness from {@code _cluster/health} (the integration-test distribution
 * answers 405 on {@code GET /}, so never the info or ping call).
 */
@Component
class ElasticsearchHealthIndicator implements ReactiveHealthIndicator {

	private final ElasticsearchAsyncClient client;

	ElasticsearchHealthIndicator(ElasticsearchAsyncClient client) {
		this.client = client;
	}

	@Override
	public Mono<Health> health() {
		return Mono.fromFuture(() -> this.client.cluster().health())
			.map((cluster) -> ((cluster.status() != HealthStatus.Red) ? Health.up() : Health.down())
				.withDetail("cluster", cluster.clusterName())
				.withDetail("status", cluster.status().jsonValue())
				.withDetail("nodes", cluster.numberOfNodes())
				.build())
			.timeout(Duration.ofSeconds(3))
			.onErrorResume((ex) -> Mono.just(Health.down().withDetail("error", ex.toString()).build()));
	}

}
