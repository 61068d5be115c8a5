package vn.ocop.market.bench.harness;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * A closed-loop HTTP load: {@code concurrency} clients each send the next request as soon
 * as the previous answer is read, for a fixed time, after a warm-up that is not counted.
 * With several requests, the clients take them in turn from one shared sequence (a page
 * mix drawn in advance).
 */
public final class Load {

	private Load() {
	}

	/**
	 * One request: a page ({@link #get}), a page rendered afresh ({@link #uncached}) or a
	 * search sent raw.
	 */
	public record Request(String method, String url, Map<String, String> headers, byte[] body) {

		public static Request get(String url) {
			return new Request("GET", url, Map.of(), null);
		}

		/**
		 * A page the storefront must render, not take from its page cache.
		 */
		public static Request uncached(String url) {
			return new Request("GET", url, Map.of("Cache-Control", UNCACHED), null);
		}

	}

	/** What a request says so that no cache answers it, nor keeps the answer. */
	public static final String UNCACHED = "no-store";

	public record Result(long requests, long errors, Duration elapsed, Samples latencies) {

		public double requestsPerSecond() {
			return this.requests / (this.elapsed.toNanos() / 1e9);
		}

	}

	public static Result run(String url, int concurrency, Duration warmUp, Duration measure) {
		return run(List.of(Request.get(url)), concurrency, warmUp, measure);
	}

	public static Result run(List<Request> requests, int concurrency, Duration warmUp, Duration measure) {
		ConnectionProvider pool = ConnectionProvider.builder("bench").maxConnections(concurrency).build();
		try {
			HttpClient client = HttpClient.create(pool).keepAlive(true);
			drive(client, requests, concurrency, warmUp);
			return drive(client, requests, concurrency, measure);
		}
		finally {
			pool.disposeLater().block();
		}
	}

	private static Result drive(HttpClient client, List<Request> requests, int concurrency, Duration duration) {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong errors = new AtomicLong();
		AtomicLong next = new AtomicLong();
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		Flux.range(0, concurrency)
			.flatMap((worker) -> Mono
				.defer(() -> once(client, requests.get((int) (next.getAndIncrement() % requests.size())), latencies,
						errors))
				.repeat(() -> System.nanoTime() < deadline), concurrency)
			.blockLast();
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
		return new Result(nanos.length, errors.get(), elapsed, Samples.of(nanos));
	}

	private static Mono<Void> once(HttpClient client, Request request, ConcurrentLinkedQueue<Long> latencies,
			AtomicLong errors) {
		long sent = System.nanoTime();
		HttpClient configured = request.headers().isEmpty() ? client
				: client.headers((headers) -> request.headers().forEach(headers::set));
		return configured.request(HttpMethod.valueOf(request.method()))
			.uri(request.url())
			.send((request.body() != null) ? ByteBufFlux.fromInbound(Mono.just(Unpooled.wrappedBuffer(request.body())))
					: Mono.empty())
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
