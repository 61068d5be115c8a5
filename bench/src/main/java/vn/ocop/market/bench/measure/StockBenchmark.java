package vn.ocop.market.bench.measure;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.bench.harness.Report;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockException;
import vn.ocop.market.catalog.stock.StockLedger;

/**
 * The stock ledger under load, on the bench's database: many operators selling the last
 * units of one product at once (exactly as many sales as units, no level below zero), and
 * sales recorded per second against the bare conditional UPDATE of one row, the floor of
 * any movement.
 */
public final class StockBenchmark {

	static final int OPERATORS = 200;

	static final int LAST_UNITS = 50;

	static final int MOVEMENTS = 4000;

	static final int CLIENTS = 16;

	private StockBenchmark() {
	}

	public static void run(Environment env, Report report) {
		ConnectionPool pool = pool(env);
		try {
			DatabaseClient db = DatabaseClient.create(pool);
			StockLedger ledger = new StockLedger(db, TransactionalOperator.create(new R2dbcTransactionManager(pool)),
					Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
			long location = db.sql("""
					INSERT INTO stock_location (kind, name, province_code) VALUES ('SHOWROOM', 'Showroom đo tải', '01')
					ON CONFLICT (province_code, name) DO UPDATE SET updated_at = now() RETURNING id""")
				.map((row, meta) -> row.get("id", Long.class))
				.one()
				.block();
			long[] products = db.sql("SELECT id FROM product ORDER BY id LIMIT 2")
				.map((row, meta) -> row.get("id", Long.class))
				.all()
				.collectList()
				.block()
				.stream()
				.mapToLong(Long::longValue)
				.toArray();
			lastUnits(db, ledger, location, products[0], report);
			throughput(db, ledger, location, products[1], report);
		}
		finally {
			pool.dispose();
		}
	}

	private static void lastUnits(DatabaseClient db, StockLedger ledger, long location, long product, Report report) {
		ledger.apply(Movement.receive(location, product, LAST_UNITS, null, "bench")).block();
		AtomicInteger sold = new AtomicInteger();
		Flux.range(0, OPERATORS)
			.flatMap((i) -> ledger.apply(Movement.sale(location, product, 1, 10_000, null, "operator-" + i))
				.doOnNext((level) -> sold.incrementAndGet())
				.onErrorResume(StockException.class, (ex) -> Mono.empty()), OPERATORS)
			.blockLast();
		int[] level = db.sql("""
				SELECT l.on_hand, (SELECT sum(on_hand_delta)::int FROM stock_movement m
				                   WHERE m.location_id = l.location_id AND m.product_id = l.product_id) AS ledger
				FROM stock_level l WHERE l.location_id = :location AND l.product_id = :product""")
			.bind("location", location)
			.bind("product", product)
			.map((row, meta) -> new int[] { row.get("on_hand", Integer.class), row.get("ledger", Integer.class) })
			.one()
			.block();
		if (level[0] < 0 || level[0] != level[1]) {
			throw new IllegalStateException("Level " + level[0] + " disagrees with its ledger " + level[1]);
		}
		report.add(new Report.Line("stock.last-units",
				OPERATORS + " operators selling the last " + LAST_UNITS + " units at once: sales", "sales", sold.get(),
				LAST_UNITS, "the units there were (level after: " + level[0] + ", ledger agrees)", false));
	}

	private static void throughput(DatabaseClient db, StockLedger ledger, long location, long product, Report report) {
		ledger.apply(Movement.receive(location, product, 10 * MOVEMENTS, null, "bench")).block();
		db.sql("CREATE TABLE IF NOT EXISTS bench_counter (id int PRIMARY KEY, n bigint NOT NULL CHECK (n >= 0))")
			.then()
			.block();
		db.sql("INSERT INTO bench_counter VALUES (1, :n) ON CONFLICT (id) DO UPDATE SET n = EXCLUDED.n")
			.bind("n", 10L * MOVEMENTS)
			.then()
			.block();
		// warm both paths up before timing them
		movements(ledger, location, product, MOVEMENTS / 4);
		updates(db, MOVEMENTS / 4);
		double ledgerRate = movements(ledger, location, product, MOVEMENTS);
		double bareRate = updates(db, MOVEMENTS);
		db.sql("DROP TABLE bench_counter").then().block();
		report.add(new Report.Line("stock.ledger", "ledger sales of one unit, " + CLIENTS + " clients", "movements/s",
				ledgerRate, bareRate, "bare conditional UPDATE of one row, same clients", true));
	}

	private static double movements(StockLedger ledger, long location, long product, int count) {
		long start = System.nanoTime();
		Flux.range(0, count)
			.flatMap((i) -> ledger.apply(Movement.sale(location, product, 1, 10_000, null, "bench")), CLIENTS)
			.blockLast();
		return count / ((System.nanoTime() - start) / 1e9);
	}

	private static double updates(DatabaseClient db, int count) {
		long start = System.nanoTime();
		Flux.range(0, count)
			.flatMap((i) -> db.sql("UPDATE bench_counter SET n = n - 1 WHERE id = 1 AND n >= 1").fetch().rowsUpdated(),
					CLIENTS)
			.blockLast();
		return count / ((System.nanoTime() - start) / 1e9);
	}

	private static ConnectionPool pool(Environment env) {
		return pool(env, CLIENTS);
	}

	/**
	 * An R2DBC pool of that many connections to the bench's database.
	 */
	static ConnectionPool pool(Environment env, int connections) {
		String url = env.jdbcUrl().replace("jdbc:postgresql:", "r2dbc:postgresql:");
		return new ConnectionPool(
				ConnectionPoolConfiguration.builder(ConnectionFactories.get(ConnectionFactoryOptions.parse(url)
					.mutate()
					.option(ConnectionFactoryOptions.USER, env.dbUser())
					.option(ConnectionFactoryOptions.PASSWORD, env.dbPassword())
					.build())).initialSize(connections).maxSize(connections).build());
	}

}
