package vn.ocop.market.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ocop.market.bench.harness.Load;
import vn.ocop.market.bench.harness.Report;

/**
 * The listing page's throughput against the raw throughput of the Elasticsearch requests
 * it sends (the limit: the page can be no faster than its search), both on the direct
 * path; rounds alternate and medians are kept. Then the listing's p95 while Elasticsearch
 * is frozen (SIGSTOP, as in a long GC pause), against its p95 while it answers.
 */
public final class ListingBenchmark {

	private static final int CONCURRENCY = 16;

	private static final int ROUNDS = 3;

	private static final Pattern PID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private ListingBenchmark() {
	}

	/**
	 * @return the listing's p95 in milliseconds, for the scaling table
	 */
	public static double run(Environment env, Report report) throws Exception {
		String url = env.storefrontUrl() + "/san-pham";
		List<Sent.SearchCall> calls = Sent.searches(env, url);
		List<Load.Request> raw = calls.stream()
			.map((call) -> new Load.Request(call.method(), env.elasticsearchUrl() + call.path(),
					Map.of("Content-Type", call.contentType()), call.body()))
			.toList();
		List<Double> app = new ArrayList<>();
		List<Double> limit = new ArrayList<>();
		List<Double> p95 = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			Load.Result page = load(List.of(Load.Request.uncached(url)));
			app.add(page.requestsPerSecond());
			p95.add(page.latencies().percentileMillis(95));
			// a page costs all of its requests
			limit.add(load(raw).requestsPerSecond() / raw.size());
		}
		report.add(new Report.Line("listing.uncached", "listing page /san-pham (" + CONCURRENCY + " clients)", "req/s",
				median(app), median(limit), "its Elasticsearch requests, raw (" + raw.size() + " a page)", true));
		double up = median(p95);
		frozen(env, up, report);
		return up;
	}

	/**
	 * Over every listing of the page mix in turn, some 600 addresses: the shop shares a
	 * listing from PostgreSQL for one refresh interval, and a single address asked again
	 * and again would measure that sharing, not the listing.
	 */
	private static void frozen(Environment env, double up, Report report) throws Exception {
		List<Load.Request> listings = PagesMixBenchmark.listings(env)
			.stream()
			.map((path) -> Load.Request.uncached(env.storefrontUrl() + path))
			.toList();
		String pid = elasticsearchPid(env);
		signal("STOP", pid);
		Load.Result frozen;
		try {
			// the warm-up spends the breaker's patience: the first calls wait, then it
			// opens
			frozen = Load.run(listings, CONCURRENCY, Duration.ofSeconds(5), Duration.ofSeconds(4));
		}
		finally {
			signal("CONT", pid);
		}
		awaitBreakerClosed(env);
		if (frozen.errors() > 0) {
			throw new IllegalStateException(frozen.errors() + " listings failed while Elasticsearch was frozen");
		}
		report.add(new Report.Line("listing.frozen.p95",
				"listing p95 with Elasticsearch frozen (SIGSTOP), " + listings.size() + " listings in turn", "ms",
				frozen.latencies().percentileMillis(95), up, "/san-pham p95 with Elasticsearch answering", false));
	}

	private static String elasticsearchPid(Environment env) throws Exception {
		Matcher id = PID.matcher(Http.get(env.elasticsearchUrl() + "/_nodes/_local/process?filter_path=**.process.id"));
		if (!id.find()) {
			throw new IllegalStateException("Elasticsearch did not say its process id");
		}
		return id.group(1);
	}

	private static void signal(String signal, String pid) throws Exception {
		Process kill = new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
		}
	}

	/**
	 * Until the half-open probe found Elasticsearch again (the breaker's gauge), so the
	 * next figures are taken with search.
	 */
	private static void awaitBreakerClosed(Environment env) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (Http.get(env.storefrontUrl() + "/actuator/prometheus").contains("ocop_search_breaker_open 1.0")) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The search breaker stayed open 2 minutes after Elasticsearch resumed");
			}
			Http.render(env.storefrontUrl() + "/san-pham");
			Thread.sleep(250);
		}
	}

	private static Load.Result load(List<Load.Request> requests) {
		Load.Result result = Load.run(requests, CONCURRENCY, Duration.ofSeconds(3), Duration.ofSeconds(6));
		if (result.errors() > 0) {
			throw new IllegalStateException(result.errors() + " failed requests to " + requests.get(0).url());
		}
		return result;
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
