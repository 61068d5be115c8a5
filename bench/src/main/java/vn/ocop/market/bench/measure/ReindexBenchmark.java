package vn.ocop.market.bench.measure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ocop.market.bench.harness.Report;
import vn.ocop.market.catalog.search.ProductIndex;

/**
 * A full reindex by the indexer (rebuild every document from PostgreSQL into a new index,
 * swap the alias) against a raw {@code _bulk} of the same documents, prebuilt, into a
 * fresh index with the same mapping.
 */
public final class ReindexBenchmark {

	private static final ObjectMapper json = new ObjectMapper();

	private static final int BULK = 1000;

	private static final int TIMES = 3;

	private ReindexBenchmark() {
	}

	/**
	 * @return how long the reindex took, in milliseconds
	 */
	public static double run(Environment env, Report report) throws Exception {
		List<String> documents = documents(env);
		// timed on an indexer that has reindexed before, as imports are timed on an admin
		// that has imported: the first reindex of a fresh JVM also compiles its path (on
		// this machine some 1.5 s more)
		report.context("first reindex, not timed (ms)", Math.round(reindexMillis(env)));
		// the median of three of each, taken in turns: on two cores shared with the
		// rest of the system, one reindex or one raw bulk alone varied by a third
		List<Double> raw = new ArrayList<>();
		List<Double> reindex = new ArrayList<>();
		for (int i = 0; i < TIMES; i++) {
			awaitOldIndexDropped(env);
			raw.add(rawBulkMillis(env, documents));
			reindex.add(reindexMillis(env));
		}
		double median = ListingBenchmark.median(reindex);
		report.add(new Report.Line("reindex.full",
				"full reindex of " + documents.size() + " products (median of " + TIMES + ")", "ms", median,
				ListingBenchmark.median(raw), "raw _bulk of the prebuilt documents (median of " + TIMES + ")", false));
		return median;
	}

	private static double reindexMillis(Environment env) throws Exception {
		try (Connection connection = env.connect()) {
			long id;
			long start = System.nanoTime();
			try (Statement statement = connection.createStatement();
					ResultSet created = statement
						.executeQuery("INSERT INTO search_reindex (requested_by) VALUES ('bench') RETURNING id")) {
				created.next();
				id = created.getLong(1);
			}
			long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
			try (PreparedStatement status = connection
				.prepareStatement("SELECT status, error FROM search_reindex WHERE id = ?")) {
				status.setLong(1, id);
				while (true) {
					try (ResultSet row = status.executeQuery()) {
						row.next();
						String state = row.getString(1);
						if ("DONE".equals(state)) {
							return (System.nanoTime() - start) / 1e6;
						}
						if ("FAILED".equals(state) || System.nanoTime() > deadline) {
							throw new IllegalStateException("Reindex " + state + ": " + row.getString(2));
						}
					}
					Thread.sleep(20);
				}
			}
		}
	}

	/**
	 * Until the index the last reindex replaced is dropped (after its grace for running
	 * searches): the indexer takes the next request only then.
	 */
	private static void awaitOldIndexDropped(Environment env) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		String pattern = env.elasticsearchUrl() + "/" + env.indexAlias() + "_*?expand_wildcards=open";
		while (json.readTree(Http.get(pattern)).size() > 1) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The replaced index was not dropped within a minute");
			}
			Thread.sleep(100);
		}
	}

	private static double rawBulkMillis(Environment env, List<String> documents) throws Exception {
		String index = "bench_raw_bulk";
		String es = env.elasticsearchUrl();
		try {
			Http.send("DELETE", es + "/" + index + "?ignore_unavailable=true", "application/json", new byte[0]);
			Http.send("PUT", es + "/" + index, "application/json",
					ProductIndex.mappingJson().getBytes(StandardCharsets.UTF_8));
			long start = System.nanoTime();
			for (int from = 0; from < documents.size(); from += BULK) {
				StringBuilder body = new StringBuilder();
				for (String document : documents.subList(from, Math.min(documents.size(), from + BULK))) {
					body.append("{\"index\":{}}\n").append(document).append('\n');
				}
				Http.send("POST", es + "/" + index + "/_bulk", "application/x-ndjson",
						body.toString().getBytes(StandardCharsets.UTF_8));
			}
			Http.send("POST", es + "/" + index + "/_refresh", "application/json", new byte[0]);
			return (System.nanoTime() - start) / 1e6;
		}
		finally {
			Http.send("DELETE", es + "/" + index + "?ignore_unavailable=true", "application/json", new byte[0]);
		}
	}

	/**
	 * Every live document, read back page by page (not timed).
	 */
	private static List<String> documents(Environment env) throws Exception {
		List<String> documents = new ArrayList<>();
		String after = null;
		while (true) {
			String query = "{\"size\":" + BULK + ",\"sort\":[{\"id\":\"asc\"}]"
					+ ((after != null) ? ",\"search_after\":[" + after + "]" : "") + "}";
			JsonNode hits = json
				.readTree(Http.send("POST", env.elasticsearchUrl() + "/" + env.indexAlias() + "/_search",
						"application/json", query.getBytes(StandardCharsets.UTF_8)))
				.path("hits")
				.path("hits");
			if (hits.isEmpty()) {
				return documents;
			}
			for (JsonNode hit : hits) {
				documents.add(hit.path("_source").toString());
				after = hit.path("sort").get(0).asText();
			}
		}
	}

}
