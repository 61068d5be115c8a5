package vn.ocop.market.bench.measure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.ocop.market.bench.harness.Load;
import vn.ocop.market.bench.harness.Report;
import vn.ocop.market.bench.harness.StaticServer;

/**
 * Shoppers' traffic: listings (filters, sorts, pages) and product pages, over more than a
 * thousand distinct addresses drawn with Zipf's law (a few are very popular, most are
 * rare), against the very same bytes of each address served from memory.
 */
public final class PagesMixBenchmark {

	private static final int CONCURRENCY = 16;

	private static final int DRAWS = 50_000;

	static final Duration SLICE = Duration.ofSeconds(10);

	/** The share of a slice the compilers may work once the JIT has settled. */
	static final double SETTLED = 0.05;

	private static final List<String> SORTS = List.of("", "&sort=price_asc", "&sort=newest", "&sort=stars");

	private PagesMixBenchmark() {
	}

	public static void run(Environment env, Report report) throws Exception {
		List<String> paths = paths(env);
		Map<String, byte[]> pages = new HashMap<>();
		for (String path : paths) {
			pages.put(path, Http.get(env.storefrontUrl() + path).getBytes(StandardCharsets.UTF_8));
		}
		List<String> drawn = zipf(paths, DRAWS, new Random(42));
		try (StaticServer server = StaticServer.serving(pages)) {
			List<Double> app = new ArrayList<>();
			List<Double> limit = new ArrayList<>();
			for (int round = 0; round < 3; round++) {
				app.add(rate(drawn.stream().map((path) -> Load.Request.get(env.storefrontUrl() + path)).toList()));
				limit.add(rate(drawn.stream().map((path) -> Load.Request.get(server.url(path))).toList()));
			}
			report
				.add(new Report.Line("pages.mix",
						"listings + product pages, Zipf over " + paths.size() + " addresses (" + CONCURRENCY
								+ " clients)",
						"req/s", ListingBenchmark.median(app), ListingBenchmark.median(limit),
						"the same bytes, static from memory", true));
		}
	}

	/**
	 * Renders the mix's pages afresh (and their searches through the JSON API) for at
	 * least {@code least}, then until the storefront's JIT has settled, so that the page
	 * figures are taken on a storefront the JIT has compiled, as one that has served for
	 * some minutes: on a fresh JVM its compilers work for minutes (on two cores they
	 * share the CPU with the pages), and the listing's throughput climbs meanwhile to
	 * several times its first seconds'. Settled is a slice of {@link #SLICE} during which
	 * they compiled for less than {@link #SETTLED} of it; the warm-up stops at
	 * {@code most} in any case.
	 * @return how long it lasted
	 */
	public static Duration warmUp(Environment env, Duration least, Duration most) throws Exception {
		List<Load.Request> requests = new ArrayList<>();
		for (String path : paths(env)) {
			requests.add(Load.Request.uncached(env.storefrontUrl() + path));
			if (path.startsWith("/san-pham?") || path.equals("/san-pham")) {
				requests.add(Load.Request.uncached(env.storefrontUrl() + path.replace("/san-pham", "/api/products")));
			}
		}
		long start = System.nanoTime();
		while (true) {
			double compiledBefore = Jit.storefrontMillis(env);
			Load.Result result = Load.run(requests, CONCURRENCY, Duration.ZERO, SLICE);
			if (result.errors() > 0) {
				throw new IllegalStateException(result.errors() + " failed requests while warming the storefront up");
			}
			boolean settled = Jit.storefrontMillis(env) - compiledBefore < SLICE.toMillis() * SETTLED;
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			if (elapsed.compareTo(most) >= 0 || (settled && elapsed.compareTo(least) >= 0)) {
				return elapsed;
			}
		}
	}

	private static double rate(List<Load.Request> requests) {
		Load.Result result = Load.run(requests, CONCURRENCY, Duration.ofSeconds(4), Duration.ofSeconds(6));
		if (result.errors() > 0) {
			throw new IllegalStateException(result.errors() + " failed requests in the page mix");
		}
		return result.requestsPerSecond();
	}

	/**
	 * Listings by star, province and group, with sorts and pages, and as many product
	 * pages, shuffled so that popularity does not follow the kind of page.
	 */
	private static List<String> paths(Environment env) throws Exception {
		List<String> paths = listings(env);
		for (String slug : column(env, "SELECT p.slug FROM listed_product(current_date) l "
				+ "JOIN product p ON p.id = l.product_id ORDER BY md5(p.slug || 'mix') LIMIT " + paths.size())) {
			paths.add("/san-pham/" + slug);
		}
		Collections.shuffle(paths, new Random(7));
		return paths;
	}

	/**
	 * Listings by star, province and group, each with every sort and two pages.
	 */
	static List<String> listings(Environment env) throws Exception {
		List<String> paths = new ArrayList<>();
		List<String> filters = new ArrayList<>(List.of("", "&star=3", "&star=4", "&star=5"));
		for (String province : column(env, "SELECT slug FROM province ORDER BY code")) {
			filters.add("&province=" + province);
			filters.add("&province=" + province + "&star=4");
		}
		for (String group : List.of("food", "beverages", "herbal", "handicrafts")) {
			filters.add("&group=" + group);
		}
		for (String filter : filters) {
			for (String sort : SORTS) {
				for (int page = 1; page <= 2; page++) {
					String query = filter + sort + ((page > 1) ? "&page=" + page : "");
					paths.add("/san-pham" + (query.isEmpty() ? "" : "?" + query.substring(1)));
				}
			}
		}
		return paths;
	}

	/**
	 * A sequence of addresses where the k-th most popular comes with weight 1/k.
	 */
	static List<String> zipf(List<String> ranked, int draws, Random random) {
		double[] cumulative = new double[ranked.size()];
		double total = 0;
		for (int k = 0; k < ranked.size(); k++) {
			total += 1.0 / (k + 1);
			cumulative[k] = total;
		}
		List<String> drawn = new ArrayList<>(draws);
		for (int i = 0; i < draws; i++) {
			double at = random.nextDouble() * total;
			int index = java.util.Arrays.binarySearch(cumulative, at);
			drawn.add(ranked.get((index >= 0) ? index : Math.min(ranked.size() - 1, -index - 1)));
		}
		return drawn;
	}

	private static List<String> column(Environment env, String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (Connection connection = env.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
