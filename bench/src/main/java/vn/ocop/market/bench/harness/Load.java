package vn.ocop.market.bench.harness;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBuf;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * A closed-loop HTTP load: {@code concurrency} clients each send the next request as soon
 * as the previous answer is read, for a fixed time, after a warm-up that is not counted.
 */
public final class Load {

	private Load() {
	}

	public record Result(long requests, long errors, Duration elapsed, Samples latencies) {

		public double requestsPerSecond() {
			return this.requests / (this.elapsed.toNanos() / 1e9);
		}

	}

	public static Result run(String url, int concurrency, Duration warmUp, Duration measure) {
		ConnectionProvider pool = ConnectionProvider.builder("bench").maxConnections(concurrency).build();
		try {
			HttpClient client = HttpClient.create(pool).keepAlive(true);
			drive(client, url, concurrency, warmUp);
			return drive(client, url, concurrency, measure);
		}
		finally {
			pool.disposeLater().block();
		}
	}

	private static Result drive(HttpClient client, String url, int concurrency, Duration duration) {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong errors = new AtomicLong();
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		Flux.range(0, concurrency)
			.flatMap((worker) -> Mono.defer(() -> once(client, url, latencies, errors))
				.repeat(() -> System.nanoTime() < deadline), concurrency)
			.blockLast();
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
		return new Result(nanos.length, errors.get(), elapsed, Samples.of(nanos));
	}

	private static Mono<Void> once(HttpClient client, String url, ConcurrentLinkedQueue<Long> latencies,
			AtomicLong errors) {
		long sent = System.nanoTime();
		return client.get()
			.uri(url)
			.responseSingle((response, body) -> body.map(ByteBuf::readableBytes)
				.defaultIfEmpty(0)
				.map((bytes) -> response.status().code()))
			.doOnNext((status) -> {
				if (status == 200) {
					latencies.add(System.nanoTime() - sent);
				}
				else {
					errors.incrementAndGet();
				}
			})
			.onErrorResume((ex) -> {
				errors.incrementAndGet();
				return Mono.empty();
			})
			.then();
	}

}
