package vn.ocop.market.bench.measure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import vn.ocop.market.bench.harness.Load;
import vn.ocop.market.bench.harness.Report;
import vn.ocop.market.bench.harness.StaticServer;

/**
 * The listing page's throughput against the very same HTML served from memory by a bare
 * Netty server on this machine (the limit). Rounds alternate; medians are kept.
 */
public final class ListingBenchmark {

	private static final int CONCURRENCY = 16;

	private static final int ROUNDS = 3;

	private ListingBenchmark() {
	}

	public static void run(Environment env, Report report) throws Exception {
		String url = env.storefrontUrl() + "/san-pham";
		byte[] html = Http.get(url).getBytes(StandardCharsets.UTF_8);
		List<Double> app = new ArrayList<>();
		List<Double> limit = new ArrayList<>();
		try (StaticServer server = StaticServer.serving(html)) {
			for (int round = 0; round < ROUNDS; round++) {
				app.add(rate(url));
				limit.add(rate(server.url("/san-pham")));
			}
		}
		report.add(new Report.Line("listing.uncached", "listing page /san-pham (" + CONCURRENCY + " clients)", "req/s",
				median(app), median(limit), "same HTML, static from memory", true));
	}

	private static double rate(String url) {
		Load.Result result = Load.run(url, CONCURRENCY, Duration.ofSeconds(3), Duration.ofSeconds(8));
		if (result.errors() > 0) {
			throw new IllegalStateException(result.errors() + " failed requests to " + url);
		}
		return result.requestsPerSecond();
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
