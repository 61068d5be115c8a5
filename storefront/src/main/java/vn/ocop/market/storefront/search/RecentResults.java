package vn.ocop.market.storefront.search;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * Shares what a loader answers for a key: callers asking while it loads wait for that one
 * load, and for {@code maxAge} from the moment the load began they get its answer, so no
 * answer is ever older than {@code maxAge}. A failed load is not kept, and a caller that
 * gives up does not cancel the load for the others.
 *
 * @param <K> what is asked, with value equality
 * @param <V> the answer
 */
final class RecentResults<K, V> {

	private final AsyncCache<K, Stamped<V>> answers;

	private final Function<K, Mono<V>> loader;

	private final Ticker ticker;

	private final Counter hits;

	private final Counter misses;

	/**
	 * @param meter the counter's name, tagged {@code result=hit|miss}
	 */
	RecentResults(Duration maxAge, long maxSize, Ticker ticker, MeterRegistry meters, String meter,
			Function<K, Mono<V>> loader) {
		long age = maxAge.toNanos();
		this.answers = Caffeine.newBuilder()
			.maximumSize(maxSize)
			.ticker(ticker)
			.expireAfter(Expiry.creating((K key, Stamped<V> answer) -> Duration
				.ofNanos(Math.max(0, age - (ticker.read() - answer.since())))))
			.buildAsync();
		this.loader = loader;
		this.ticker = ticker;
		this.hits = counter(meters, meter, "hit");
		this.misses = counter(meters, meter, "miss");
	}

	private static Counter counter(MeterRegistry meters, String meter, String result) {
		return Counter.builder(meter)
			.description("Answers shared from a recent load (hit) or loaded (miss)")
			.tag("result", result)
			.register(meters);
	}

	Mono<V> get(K key) {
		return Mono.defer(() -> {
			boolean[] loaded = { false };
			CompletableFuture<Stamped<V>> answer = this.answers.get(key, (asked, executor) -> {
				loaded[0] = true;
				long since = this.ticker.read();
				return this.loader.apply(asked).map((value) -> new Stamped<>(value, since)).toFuture();
			});
			(loaded[0] ? this.misses : this.hits).increment();
			return Mono.fromFuture(answer, true);
		}).map(Stamped::value);
	}

	/**
	 * An answer with the ticker's reading when its load began.
	 */
	private record Stamped<V>(V value, long since) {

	}

}
