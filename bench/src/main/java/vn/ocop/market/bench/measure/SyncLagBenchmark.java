package vn.ocop.market.bench.measure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.ocop.market.bench.harness.Report;
import vn.ocop.market.bench.harness.Samples;

/**
 * Commit to searchable: a product renamed by plain SQL until a search finds the new name,
 * against a document written straight to Elasticsearch until a search finds it (the
 * refresh interval is the floor both share).
 */
public final class SyncLagBenchmark {

	private static final int SAMPLES = 40;

	private SyncLagBenchmark() {
	}

	public static void run(Environment env, Report report) throws Exception {
		long[] app = new long[SAMPLES];
		long[] floor = new long[SAMPLES];
		List<Long> products = products(env);
		Random random = new Random(7);
		String scratch = "bench_refresh_floor";
		Http.send("PUT", env.elasticsearchUrl() + "/" + scratch, "application/json",
				"{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0,\"refresh_interval\":\"1s\"}}"
					.getBytes(StandardCharsets.UTF_8));
		try (Connection connection = env.connect()) {
			for (int i = 0; i < SAMPLES; i++) {
				String token = "zlag" + i + "q" + System.nanoTime() % 100000;
				// each index refreshes on its own one-second clock: a random pause before
				// each
				// write spreads both measurements evenly over that clock's phase
				pauseUpToOneSecond(random);
				long start = System.nanoTime();
				rename(connection, products.get(i), token);
				await(env.elasticsearchUrl() + "/" + env.indexAlias(), "nameFolded", token);
				app[i] = System.nanoTime() - start;
				pauseUpToOneSecond(random);
				start = System.nanoTime();
				Http.send("POST", env.elasticsearchUrl() + "/" + scratch + "/_doc", "application/json",
						("{\"name\":\"" + token + "\"}").getBytes(StandardCharsets.UTF_8));
				await(env.elasticsearchUrl() + "/" + scratch, "name", token);
				floor[i] = System.nanoTime() - start;
			}
		}
		finally {
			Http.send("DELETE", env.elasticsearchUrl() + "/" + scratch, "application/json", new byte[0]);
		}
		Samples lag = Samples.of(app);
		Samples raw = Samples.of(floor);
		report.add(new Report.Line("sync.p50", "sync lag p50 (SQL commit -> searchable)", "ms", lag.medianMillis(),
				raw.medianMillis(), "direct write -> searchable (refresh 1 s)", false));
		report.add(new Report.Line("sync.p95", "sync lag p95 (SQL commit -> searchable)", "ms",
				lag.percentileMillis(95), raw.percentileMillis(95), "direct write -> searchable (refresh 1 s)", false));
	}

	private static void pauseUpToOneSecond(Random random) throws InterruptedException {
		Thread.sleep(random.nextInt(1000));
	}

	private static List<Long> products(Environment env) throws Exception {
		List<Long> ids = new ArrayList<>();
		try (Connection connection = env.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						SELECT p.id FROM product p JOIN certification c ON c.product_id = p.id AND c.status = 'ACTIVE'
						WHERE p.status = 'ACTIVE' ORDER BY p.id LIMIT %d""".formatted(SAMPLES))) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		if (ids.size() < SAMPLES) {
			throw new IllegalStateException("Need " + SAMPLES + " listed products, found " + ids.size());
		}
		return ids;
	}

	private static void rename(Connection connection, long id, String token) throws Exception {
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE product SET name = name || ' ' || ?, name_folded = name_folded || ' ' || ? WHERE id = ?")) {
			update.setString(1, token);
			update.setString(2, token);
			update.setLong(3, id);
			update.executeUpdate();
		}
	}

	/**
	 * Polls every 5 ms: fine enough against a one-second floor.
	 */
	private static void await(String index, String field, String token) throws Exception {
		byte[] query = ("{\"size\":0,\"track_total_hits\":true,\"query\":{\"match\":{\"" + field + "\":\"" + token
				+ "\"}}}")
			.getBytes(StandardCharsets.UTF_8);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!Http.send("POST", index + "/_search", "application/json", query).contains("\"value\":1")) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(token + " not searchable in " + index + " after 30 s");
			}
			Thread.sleep(5);
		}
	}

}
