package vn.ocop.market.indexer.background;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.stereotype.Component;

/**
 * PostgreSQL {@code LISTEN}, each channel on a dedicated connection outside the pool
 * (notifications arrive only on the connection that listens). A lost connection is opened
 * again with backoff; callers poll as well, so nothing waits on it.
 */
@Component
public class DatabaseNotifications {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseNotifications.class);

	private final ConnectionFactory connections;

	DatabaseNotifications(ConnectionFactory connections) {
		this.connections = unpooled(connections);
	}

	/**
	 * The payloads of the notifications on a channel, from the moment of subscription.
	 * @param channel a constant channel name, as the triggers use it
	 */
	public Flux<String> listen(String channel) {
		return Flux
			.usingWhen(Mono.from(this.connections.create()).cast(PostgresqlConnection.class),
					(connection) -> connection.createStatement("LISTEN " + channel)
						.execute()
						.flatMap(PostgresqlResult::getRowsUpdated)
						.thenMany(connection.getNotifications())
						.filter((notification) -> channel.equals(notification.getName()))
						.map((notification) -> Objects.toString(notification.getParameter(), ""))
						.concatWith(Mono.error(() -> new IllegalStateException("LISTEN connection closed"))),
					PostgresqlConnection::close)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
				.maxBackoff(Duration.ofSeconds(30))
				.doBeforeRetry((signal) -> logger.warn("Listening on {} failed, reconnecting: {}", channel,
						signal.failure().toString())));
	}

	/**
	 * Runs {@code drain} on every notification on the channel and every poll interval,
	 * once {@code ready} completes; wake-ups that arrive during a drain fold into one.
	 */
	public Disposable drainOnWakeUp(Mono<Void> ready, String channel, Duration pollInterval,
			Supplier<Mono<Void>> drain) {
		Flux<Object> wakeUps = Flux.merge(listen(channel), Flux.interval(Duration.ZERO, pollInterval));
		return ready.thenMany(wakeUps).onBackpressureLatest().concatMap((wakeUp) -> drain.get(), 1).subscribe();
	}

	private static ConnectionFactory unpooled(ConnectionFactory factory) {
		if (factory instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory target) {
			return target;
		}
		return factory;
	}

}
