package vn.ocop.market.storefront.search;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Stops waiting for an Elasticsearch that does not answer. Every call gets the patience
 * it may wait; once the last few calls all failed or timed out the breaker opens and
 * calls fail at once, so pages are served from PostgreSQL without the wait. After a pause
 * one call probes Elasticsearch again (half-open) and closes the breaker when it answers.
 */
@Component
class SearchBreaker {

	private static final Logger logger = LoggerFactory.getLogger(SearchBreaker.class);

	private final CircuitBreaker breaker;

	private final Duration patience;

	SearchBreaker(Properties properties, MeterRegistry meters) {
		this.patience = properties.patience();
		this.breaker = CircuitBreaker.of("elasticsearch",
				CircuitBreakerConfig.custom()
					.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(properties.failuresToOpen())
					.minimumNumberOfCalls(properties.failuresToOpen())
					.failureRateThreshold(100)
					.waitDurationInOpenState(properties.retryAfter())
					.permittedNumberOfCallsInHalfOpenState(1)
					.build());
		this.breaker.getEventPublisher()
			.onStateTransition((event) -> logger.warn("Elasticsearch circuit {}", event.getStateTransition()));
		Gauge.builder("ocop.search.breaker.open", this.breaker, (b) -> open(b) ? 1 : 0)
			.description("1 while listings and search skip Elasticsearch and read PostgreSQL")
			.register(meters);
	}

	/**
	 * The call within the patience, or an error at once while the breaker is open.
	 */
	<T> Mono<T> guard(Mono<T> call) {
		return guard(call, this.patience);
	}

	<T> Mono<T> guard(Mono<T> call, Duration patience) {
		return call.timeout(patience).transformDeferred(CircuitBreakerOperator.of(this.breaker));
	}

	private static boolean open(CircuitBreaker breaker) {
		return breaker.getState() != CircuitBreaker.State.CLOSED;
	}

	/**
	 * @param patience how long one call waits for Elasticsearch
	 * @param failuresToOpen how many failed calls in a row open the breaker
	 * @param retryAfter how long it stays open before a call probes again
	 */
	@ConfigurationProperties("ocop.search.breaker")
	record Properties(@DefaultValue("3s") Duration patience, @DefaultValue("3") int failuresToOpen,
			@DefaultValue("10s") Duration retryAfter) {

	}

}
