package vn.ocop.market.bench;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ocop.market.bench.dataset.CertificationFileGenerator;
import vn.ocop.market.bench.harness.GcPauses;
import vn.ocop.market.bench.harness.Memory;
import vn.ocop.market.bench.harness.Report;
import vn.ocop.market.bench.harness.Scaling;
import vn.ocop.market.bench.measure.Environment;
import vn.ocop.market.bench.measure.ImportBenchmark;
import vn.ocop.market.bench.measure.Jit;
import vn.ocop.market.bench.measure.ListingBenchmark;
import vn.ocop.market.bench.measure.PagesMixBenchmark;
import vn.ocop.market.bench.measure.ProductBenchmark;
import vn.ocop.market.bench.measure.ReindexBenchmark;
import vn.ocop.market.bench.measure.SearchBenchmark;
import vn.ocop.market.bench.measure.CheckoutBenchmark;
import vn.ocop.market.bench.measure.StockBenchmark;
import vn.ocop.market.bench.measure.SyncLagBenchmark;

/**
 * {@code ./ocop bench}: loads N generated products through the import path into a running
 * system, then measures each figure against its baseline in the same run.
 * <p>
 * Arguments: {@code [--products N] [--out folder] [--warm-up-seconds S]} (20 000
 * products, {@code bench/results}, 90 seconds of pages rendered before the page figures).
 * Each run also writes its row of the scaling table ({@link Scaling}).
 */
public final class BenchMain {

	private static final int IMPORT_ROWS = 10_000;

	private static final int WARM_UP_ROWS = 2_000;

	/** The rest of a large catalogue is imported in files of this many rows. */
	private static final int LOAD_ROWS = 20_000;

	private static final long BUDGET_BYTES = 2L << 30;

	private static final Duration WARM_UP_AT_MOST = Duration.ofSeconds(180);

	private BenchMain() {
	}

	public static void main(String[] args) throws Exception {
		List<String> options = Arrays.asList(args);
		int rows = Integer.parseInt(option(options, "--products", option(options, "--rows", "20000")));
		Path out = Path.of(option(options, "--out", "bench/results"));
		Environment env = Environment.fromSystem();
		Report report = new Report();
		Memory memory = Memory.sample();
		report.context("products", rows);
		report.context("machine",
				Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));

		StringWriter file = new StringWriter();
		CertificationFileGenerator.write(file, rows, 42);
		String[] lines = file.toString().split("\r\n");
		String header = lines[0] + "\r\n";
		int warmUp = Math.min(WARM_UP_ROWS, (lines.length - 1) / 4);
		int timed = Math.min(IMPORT_ROWS, lines.length - 1 - warmUp);
		// timed on a server that has served imports before: the first ones of a fresh JVM
		// are mostly JIT compilation. Two files of other rows and a dry run of the timed
		// one warm it up; the indexer drains their outbox before the timed import starts.
		int half = 1 + warmUp / 2;
		ImportBenchmark.apiMillis(env, slice(header, lines, 1, half));
		ImportBenchmark.apiMillis(env, slice(header, lines, half, 1 + warmUp));
		String timedFile = slice(header, lines, 1 + warmUp, 1 + warmUp + timed);
		ImportBenchmark.dryRunMillis(env, timedFile);
		awaitIndexed(env);
		double importMillis = ImportBenchmark.run(env, timedFile, timed, report);
		for (int from = 1 + warmUp + timed; from < lines.length; from += LOAD_ROWS) {
			ImportBenchmark.apiMillis(env, slice(header, lines, from, Math.min(lines.length, from + LOAD_ROWS)));
		}
		// the imports wrote outbox rows; the indexer has been draining them meanwhile,
		// and
		// catches up with the rest now, until all of them are searchable (as the reindex
		// is timed to its refresh)
		long catchUpStart = System.nanoTime();
		awaitIndexed(env);
		env.refreshSearchIndex();
		double catchUp = (System.nanoTime() - catchUpStart) / 1e6;

		Duration warmUpAtLeast = Duration.ofSeconds(Long.parseLong(option(options, "--warm-up-seconds", "60")));
		double jitStart = Jit.storefrontMillis(env);
		Duration warmedUp = PagesMixBenchmark.warmUp(env, warmUpAtLeast, WARM_UP_AT_MOST);
		double jitWarm = Jit.storefrontMillis(env);
		report.context("storefront warm-up, s (until its JIT compiled for less than 5% of 10 s, at most "
				+ WARM_UP_AT_MOST.toSeconds() + ")", warmedUp.toSeconds());
		double listingP95 = ListingBenchmark.run(env, report);
		double productP95 = ProductBenchmark.run(env, report);
		PagesMixBenchmark.run(env, report);
		report.context("storefront JIT compilation, s of CPU (during the warm-up / the page figures)",
				Math.round((jitWarm - jitStart) / 100) / 10.0 + " / "
						+ Math.round((Jit.storefrontMillis(env) - jitWarm) / 100) / 10.0);
		double searchP95 = SearchBenchmark.run(env, report);
		SyncLagBenchmark.run(env, report);
		awaitIndexed(env);
		double reindex = ReindexBenchmark.run(env, report);
		report.add(new Report.Line("outbox.catchup", "outbox catch-up after the last import of " + rows + " products",
				"ms", catchUp, reindex, "full reindex of the same products", false));
		StockBenchmark.run(env, report);
		CheckoutBenchmark.run(env, report);

		memory.close();
		report.add(new Report.Line("memory.rss.total", "peak resident memory of the whole system (PSS)", "bytes",
				memory.peakTotal(), BUDGET_BYTES, "the budget of a small server: 2 GiB", false, memory.peaks()));
		Path logs = Path.of(System.getenv().getOrDefault("OCOP_BENCH_LOGS", "target/ocop-bench/logs"));
		Map<String, Double> pauses = new LinkedHashMap<>();
		for (String app : List.of("storefront", "admin", "catalog-indexer")) {
			pauses.put(app, GcPauses.p99Millis(logs.resolve(app + "-gc.log")));
		}
		report.context("GC pause p99 (ms)", pauses);
		Scaling.record(out, rows, new Scaling(listingP95, searchP95, productP95, timed / (importMillis / 1000),
				reindex / 1000, catchUp / 1000, memory.peakTotal() / (1 << 20), Instant.now().toString()));

		System.out.println();
		System.out.println(report.table());
		report.write(out);
		System.out.println("Results written to " + out.resolve("latest.json") + " and " + out.resolve("latest.md"));
	}

	/**
	 * Waits until the indexer has drained the outbox, so every product is searchable.
	 */
	static void awaitIndexed(Environment env) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
		try (Connection connection = env.connect(); Statement statement = connection.createStatement()) {
			while (true) {
				try (ResultSet result = statement
					.executeQuery("SELECT count(*) FROM catalog_outbox WHERE processed_at IS NULL AND NOT parked")) {
					result.next();
					if (result.getLong(1) == 0) {
						return;
					}
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The indexer did not drain the outbox in 15 minutes");
				}
				Thread.sleep(200);
			}
		}
	}

	private static String slice(String header, String[] lines, int from, int to) {
		return header + String.join("\r\n", Arrays.copyOfRange(lines, from, to)) + "\r\n";
	}

	private static String option(List<String> options, String name, String fallback) {
		int at = options.indexOf(name);
		return (at >= 0 && at + 1 < options.size()) ? options.get(at + 1) : fallback;
	}

}
