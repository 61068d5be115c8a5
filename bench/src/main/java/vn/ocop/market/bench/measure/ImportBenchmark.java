package vn.ocop.market.bench.measure;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.postgresql.PGConnection;

import vn.ocop.market.bench.harness.Report;

/**
 * A 10 000-row certification file through the admin API (parse, check every rule,
 * classify against the catalog, write in one transaction) against PostgreSQL's
 * {@code COPY} of the same rows into a bare table.
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	/**
	 * @return how long the import took, in milliseconds
	 */
	public static double run(Environment env, String csv, int rows, Report report) throws Exception {
		// the median of three: the first COPY also pays for the connection's warm-up
		double copy = ListingBenchmark
			.median(List.of(copyMillis(env, csv), copyMillis(env, csv), copyMillis(env, csv)));
		double api = apiMillis(env, csv);
		report.add(new Report.Line("import.10k", "import " + rows + " rows (admin API, applied)", "ms", api, copy,
				"PostgreSQL COPY of the same rows", false));
		return api;
	}

	static double copyMillis(Environment env, String csv) throws Exception {
		try (Connection connection = env.connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS bench_bare_import");
			statement.execute("""
					CREATE TABLE bench_bare_import (decision_no text, decision_date text, issuing_level text,
					    issuing_authority text, product_name text, product_group text, producer_name text,
					    producer_kind text, province text, district text, commune text, score_a text, score_b text,
					    score_c text, total_score text, stars text, gtin text, price_vnd text)""");
			long start = System.nanoTime();
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY bench_bare_import FROM STDIN WITH (FORMAT csv, HEADER true)", new StringReader(csv));
			double millis = (System.nanoTime() - start) / 1e6;
			statement.execute("DROP TABLE bench_bare_import");
			return millis;
		}
	}

	/**
	 * Applies a file through the API.
	 * @return how long the request took, in milliseconds
	 */
	public static double apiMillis(Environment env, String csv) throws Exception {
		return post(env, csv, false);
	}

	/**
	 * Checks a file through the API without applying it, as a preview does.
	 * @return how long the request took, in milliseconds
	 */
	public static double dryRunMillis(Environment env, String csv) throws Exception {
		return post(env, csv, true);
	}

	private static double post(Environment env, String csv, boolean dryRun) throws Exception {
		String boundary = UUID.randomUUID().toString();
		byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(env.adminUrl() + "/api/imports?dryRun=" + dryRun))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((env.adminEmail() + ":" + env.adminPassword()).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofMinutes(10))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		long start = System.nanoTime();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		double millis = (System.nanoTime() - start) / 1e6;
		String expected = dryRun ? "\"dryRun\":true" : "\"applied\":true";
		if (response.statusCode() != 200 || !response.body().contains(expected)) {
			throw new IllegalStateException("Import failed: " + response.statusCode() + " "
					+ response.body().substring(0, Math.min(500, response.body().length())));
		}
		return millis;
	}

}
