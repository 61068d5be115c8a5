package vn.ocop.market.bench.measure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.r2dbc.pool.ConnectionPool;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.ocop.market.bench.harness.Load;
import vn.ocop.market.bench.harness.Report;

/**
 * Product pages (PostgreSQL only) against the SQL statements each page sends, captured
 * from PostgreSQL's log and replayed straight over R2DBC by as many clients, on a pool as
 * large as the storefront's; a page's statements run together, as the page runs them.
 */
public final class ProductBenchmark {

	private static final int CONCURRENCY = 16;

	private static final int PRODUCTS = 12;

	/** The storefront's pool (Spring Boot's default). */
	private static final int POOL = 10;

	private ProductBenchmark() {
	}

	/**
	 * @return the product page's p95 in milliseconds, for the scaling table
	 */
	public static double run(Environment env, Report report) throws Exception {
		List<String> urls = slugs(env).stream().map((slug) -> env.storefrontUrl() + "/san-pham/" + slug).toList();
		List<List<String>> pages = new ArrayList<>();
		for (String url : urls) {
			pages.add(Sent.statements(env, url));
		}
		List<Load.Request> requests = urls.stream().map(Load.Request::uncached).toList();
		List<Double> app = new ArrayList<>();
		List<Double> limit = new ArrayList<>();
		List<Double> p95 = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			Load.Result page = Load.run(requests, CONCURRENCY, Duration.ofSeconds(3), Duration.ofSeconds(6));
			if (page.errors() > 0) {
				throw new IllegalStateException(page.errors() + " product pages failed");
			}
			app.add(page.requestsPerSecond());
			p95.add(page.latencies().percentileMillis(95));
			limit.add(replayRate(env, pages));
		}
		report.add(new Report.Line("product.uncached", "product page /san-pham/{slug} (" + CONCURRENCY + " clients)",
				"req/s", ListingBenchmark.median(app), ListingBenchmark.median(limit),
				"its SQL statements, replayed over R2DBC (" + pages.get(0).size() + " a page)", true));
		return ListingBenchmark.median(p95);
	}

	/**
	 * Pages a second when the clients replay the pages' statements in turn, after a
	 * warm-up.
	 */
	private static double replayRate(Environment env, List<List<String>> pages) {
		ConnectionPool pool = StockBenchmark.pool(env, POOL);
		try {
			drive(pool, pages, Duration.ofSeconds(3));
			return drive(pool, pages, Duration.ofSeconds(6));
		}
		finally {
			pool.dispose();
		}
	}

	private static double drive(ConnectionPool pool, List<List<String>> pages, Duration duration) {
		AtomicLong next = new AtomicLong();
		AtomicLong done = new AtomicLong();
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		Flux.range(0, CONCURRENCY)
			.flatMap((worker) -> Mono.defer(() -> page(pool, pages.get((int) (next.getAndIncrement() % pages.size()))))
				.doOnSuccess((ignored) -> done.incrementAndGet())
				.repeat(() -> System.nanoTime() < deadline), CONCURRENCY)
			.blockLast();
		return done.get() / ((System.nanoTime() - start) / 1e9);
	}

	private static Mono<Void> page(ConnectionPool pool, List<String> statements) {
		return Flux.fromIterable(statements)
			.flatMap((sql) -> Mono.usingWhen(pool.create(),
					(connection) -> Flux.from(connection.createStatement(sql).execute())
						.flatMap((result) -> result.map((row, meta) -> 1))
						.then(),
					(connection) -> connection.close()))
			.then();
	}

	/**
	 * Listed products spread over the catalogue, the same ones every run.
	 */
	private static List<String> slugs(Environment env) throws Exception {
		List<String> slugs = new ArrayList<>();
		try (Connection connection = env.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT p.slug FROM listed_product(current_date) l "
						+ "JOIN product p ON p.id = l.product_id ORDER BY md5(p.slug) LIMIT " + PRODUCTS)) {
			while (rows.next()) {
				slugs.add(rows.getString(1));
			}
		}
		return slugs;
	}

}
