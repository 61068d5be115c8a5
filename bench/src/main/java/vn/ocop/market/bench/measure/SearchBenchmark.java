package vn.ocop.market.bench.measure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import vn.ocop.market.bench.harness.Report;
import vn.ocop.market.bench.harness.Samples;

/**
 * Search latency through the storefront's JSON API against the raw Elasticsearch requests
 * it sends, replayed straight to Elasticsearch: the difference is the app's own overhead.
 */
public final class SearchBenchmark {

	static final List<String> QUERIES = List.of("banh phong tom", "nuoc mam", "mat ong", "ca phe", "tra shan tuyet",
			"gao", "keo dua", "ruou", "hai duong", "hop tac xa", "nem chua", "mien dong", "xoai say", "thai nguyen",
			"tinh dau", "non la", "che", "mam", "dong thap", "banh trang");

	private static final int ROUNDS = 15;

	private SearchBenchmark() {
	}

	/**
	 * @return the search p95 in milliseconds, for the scaling table
	 */
	public static double run(Environment env, Report report) throws Exception {
		List<List<Sent.SearchCall>> recorded = new ArrayList<>();
		for (String query : QUERIES) {
			recorded.add(Sent.searches(env, apiUrl(env, query)));
		}
		long[] app = new long[QUERIES.size() * ROUNDS];
		long[] raw = new long[QUERIES.size() * ROUNDS];
		int n = 0;
		for (int round = 0; round < ROUNDS; round++) {
			for (int q = 0; q < QUERIES.size(); q++) {
				long start = System.nanoTime();
				Http.get(apiUrl(env, QUERIES.get(q)));
				app[n] = System.nanoTime() - start;
				start = System.nanoTime();
				for (Sent.SearchCall call : recorded.get(q)) {
					Http.send(call.method(), env.elasticsearchUrl() + call.path(), call.contentType(), call.body());
				}
				raw[n++] = System.nanoTime() - start;
			}
		}
		Samples appSamples = Samples.of(app);
		Samples rawSamples = Samples.of(raw);
		report.add(new Report.Line("search.p50", "search p50 via /api/products", "ms", appSamples.medianMillis(),
				rawSamples.medianMillis(), "the same Elasticsearch requests, raw", false));
		report.add(new Report.Line("search.p95", "search p95 via /api/products", "ms", appSamples.percentileMillis(95),
				rawSamples.percentileMillis(95), "the same Elasticsearch requests, raw", false));
		return appSamples.percentileMillis(95);
	}

	private static String apiUrl(Environment env, String query) {
		return env.storefrontUrl() + "/api/products?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

}
