package vn.ocop.market.bench.measure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.r2dbc.pool.ConnectionPool;
import reactor.core.publisher.Flux;

import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.bench.harness.Report;
import vn.ocop.market.bench.harness.Samples;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;

/**
 * Checkout under a storm of buyers, through the storefront's JSON API as a mini app would
 * call it: 200 buyers at once, each with a cart of one of a few hot products, paying on
 * delivery. Checkouts per second and their p95 are set against the bare reservation
 * UPDATE ({@code reserved = reserved + q WHERE on_hand - reserved >= q}) on rows of the
 * bench's database, with as many connections as the storefront's pool and as many clients
 * waiting on them: the floor of any checkout that cannot oversell. Afterwards every
 * reservation is on the ledger and every level agrees with it. The hot products are goods
 * the shop sells online: priced, and not a tourism service (whose ids the import does not
 * always give in the same order).
 */
public final class CheckoutBenchmark {

	static final int BUYERS = 200;

	static final int CHECKOUTS = 1000;

	static final int WARM_UP = 200;

	static final int HOT_PRODUCTS = 5;

	/**
	 * The storefront's R2DBC pool (Spring Boot's default).
	 */
	static final int CONNECTIONS = 10;

	private static final Pattern CART = Pattern.compile("\"cartId\"\\s*:\\s*\"([^\"]+)\"");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private CheckoutBenchmark() {
	}

	public static void run(Environment env, Report report) {
		ConnectionPool pool = StockBenchmark.pool(env, CONNECTIONS);
		try {
			DatabaseClient db = DatabaseClient.create(pool);
			StockLedger ledger = new StockLedger(db, TransactionalOperator.create(new R2dbcTransactionManager(pool)),
					Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
			long warehouse = db.sql("""
					INSERT INTO stock_location (kind, name, province_code, ships_online)
					VALUES ('WAREHOUSE', 'Kho đo tải', '01', true)
					ON CONFLICT (province_code, name) DO UPDATE SET updated_at = now() RETURNING id""")
				.map((row, meta) -> row.get("id", Long.class))
				.one()
				.block();
			List<Hot> hot = db.sql("""
					SELECT p.id, p.slug FROM listed_product(current_date) l JOIN product p ON p.id = l.product_id
					WHERE p.price_vnd IS NOT NULL AND p.product_group <> 'TOURISM' ORDER BY p.id LIMIT :n""")
				.bind("n", HOT_PRODUCTS)
				.map((row, meta) -> new Hot(row.get("id", Long.class), row.get("slug", String.class)))
				.all()
				.collectList()
				.block();
			for (Hot product : hot) {
				ledger.apply(Movement.receive(warehouse, product.id(), 10 * (CHECKOUTS + WARM_UP), null, "bench"))
					.block();
			}
			String shop = env.storefrontUrl();
			List<String> warmUpCarts = carts(shop, hot, WARM_UP);
			List<String> carts = carts(shop, hot, CHECKOUTS);
			checkouts(shop, warmUpCarts);
			long start = System.nanoTime();
			Samples latencies = checkouts(shop, carts);
			double elapsed = (System.nanoTime() - start) / 1e9;
			double rate = CHECKOUTS / elapsed;
			agree(db, warehouse, hot, CHECKOUTS + WARM_UP);

			Baseline bare = bareReservations(db, CHECKOUTS / 4);
			bare = bareReservations(db, CHECKOUTS);
			report.add(new Report.Line("checkout.rate",
					"checkout of a hot product (COD, JSON API), " + BUYERS + " buyers at once", "checkouts/s", rate,
					bare.rate(), "bare reservation UPDATE, " + CONNECTIONS + " connections, " + BUYERS + " clients",
					true));
			report.add(new Report.Line("checkout.p95", "checkout p95, " + BUYERS + " buyers at once", "ms",
					latencies.percentileMillis(95), bare.latencies().percentileMillis(95),
					"p95 of the bare reservation UPDATE, same clients", false));
		}
		finally {
			pool.dispose();
		}
	}

	/**
	 * Carts of one hot product each, made before the clock starts.
	 */
	private static List<String> carts(String shop, List<Hot> hot, int count) {
		List<CompletableFuture<String>> carts = new ArrayList<>();
		Semaphore open = new Semaphore(32);
		for (int i = 0; i < count; i++) {
			Hot product = hot.get(i % hot.size());
			open.acquireUninterruptibly();
			carts.add(send("POST", shop + "/api/carts", "{}", null).thenCompose((created) -> {
				Matcher id = CART.matcher(created.body());
				if (created.statusCode() != 201 || !id.find()) {
					throw new IllegalStateException("POST /api/carts answered " + created.statusCode());
				}
				return send("PUT", shop + "/api/carts/" + id.group(1) + "/lines/" + product.slug(), "{\"quantity\":1}",
						null)
					.thenApply((put) -> {
						if (put.statusCode() != 200) {
							throw new IllegalStateException(
									"PUT line answered " + put.statusCode() + ": " + put.body());
						}
						return id.group(1);
					});
			}).whenComplete((id, error) -> open.release()));
		}
		return carts.stream().map(CompletableFuture::join).toList();
	}

	/**
	 * Checks every cart out, at most {@link #BUYERS} at once.
	 * @return each checkout's latency
	 */
	private static Samples checkouts(String shop, List<String> carts) {
		Semaphore buyers = new Semaphore(BUYERS);
		long[] nanos = new long[carts.size()];
		AtomicInteger next = new AtomicInteger();
		List<CompletableFuture<Void>> done = new ArrayList<>();
		String body = """
				{"name":"Nguyễn Văn Bình","phone":"0912345678","email":null,"province":"Hà Nội",\
				"address":"Số 1 Tràng Tiền, Hoàn Kiếm","paymentMethod":"COD"}""";
		for (String cart : carts) {
			buyers.acquireUninterruptibly();
			int slot = next.getAndIncrement();
			long start = System.nanoTime();
			done.add(send("POST", shop + "/api/carts/" + cart + "/checkout", body, UUID.randomUUID().toString())
				.thenAccept((response) -> {
					nanos[slot] = System.nanoTime() - start;
					if (response.statusCode() != 201) {
						throw new IllegalStateException(
								"Checkout answered " + response.statusCode() + ": " + response.body());
					}
				})
				.whenComplete((ok, error) -> buyers.release()));
		}
		done.forEach(CompletableFuture::join);
		return Samples.of(nanos);
	}

	/**
	 * Every unit reserved is a RESERVATION row, every order holds its units, and no level
	 * is below zero.
	 */
	private static void agree(DatabaseClient db, long warehouse, List<Hot> hot, int orders) {
		Long[] ids = hot.stream().map(Hot::id).toArray(Long[]::new);
		Long reserved = db.sql("""
				SELECT sum(reserved)::bigint FROM stock_level WHERE location_id = :l AND product_id = ANY(:p)""")
			.bind("l", warehouse)
			.bind("p", ids)
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block();
		Long ledger = db
			.sql("""
					SELECT sum(reserved_delta)::bigint FROM stock_movement WHERE location_id = :l AND product_id = ANY(:p)""")
			.bind("l", warehouse)
			.bind("p", ids)
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block();
		if (reserved == null || !reserved.equals(ledger) || reserved < orders) {
			throw new IllegalStateException(
					"Reserved " + reserved + " disagrees with the ledger " + ledger + " or the " + orders + " orders");
		}
	}

	private static Baseline bareReservations(DatabaseClient db, int count) {
		db.sql("""
				CREATE TABLE IF NOT EXISTS bench_level (id int PRIMARY KEY, on_hand int NOT NULL, reserved int NOT NULL,
				                                        CHECK (reserved <= on_hand))""").then().block();
		db.sql("TRUNCATE bench_level").then().block();
		db.sql("INSERT INTO bench_level SELECT g, :n, 0 FROM generate_series(1, :hot) g")
			.bind("n", count)
			.bind("hot", HOT_PRODUCTS)
			.then()
			.block();
		long[] nanos = new long[count];
		long start = System.nanoTime();
		Flux.range(0, count).flatMap((i) -> {
			long begin = System.nanoTime();
			return db.sql("UPDATE bench_level SET reserved = reserved + 1 WHERE id = :id AND on_hand - reserved >= 1")
				.bind("id", 1 + i % HOT_PRODUCTS)
				.fetch()
				.rowsUpdated()
				.doOnNext((rows) -> nanos[i] = System.nanoTime() - begin);
		}, BUYERS).blockLast();
		double rate = count / ((System.nanoTime() - start) / 1e9);
		db.sql("DROP TABLE bench_level").then().block();
		return new Baseline(rate, Samples.of(nanos));
	}

	private static CompletableFuture<HttpResponse<String>> send(String method, String url, String json,
			String idempotencyKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofMinutes(2))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private record Hot(long id, String slug) {

	}

	private record Baseline(double rate, Samples latencies) {

	}

}
