package vn.ocop.market.catalog.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The only way stock moves. Each movement is one statement: a conditional {@code UPDATE}
 * of the level (never read-then-write) and its ledger row, so two operators selling the
 * last unit at once make one sale and one refusal, and a level always equals the sum of
 * its ledger. A set of movements is applied all or nothing, in one transaction (the
 * caller's, when there is one).
 */
public class StockLedger {

	private static final String RECORD = """
			INSERT INTO stock_movement (location_id, product_id, kind, on_hand_delta, reserved_delta, batch_id, actor,
			                            reason, unit_price_vnd, note, transfer_id, sale_id, count_id, order_id, at)
			SELECT :location, :product, :kind, :onHand, :reserved, :batch, :actor, :reason, :price, :note, :transfer,
			       :sale, :count, :order, :at
			FROM level
			RETURNING id, (SELECT on_hand FROM level) AS on_hand, (SELECT reserved FROM level) AS reserved""";

	/** Adding units cannot fall short: the level is created on the first receipt. */
	private static final String ADD = """
			WITH level AS (
			    INSERT INTO stock_level (location_id, product_id, on_hand) VALUES (:location, :product, :onHand)
			    ON CONFLICT (location_id, product_id)
			    DO UPDATE SET on_hand = stock_level.on_hand + EXCLUDED.on_hand, updated_at = now()
			    RETURNING on_hand, reserved)
			""" + RECORD;

	private static final String TAKE = """
			WITH level AS (
			    UPDATE stock_level SET on_hand = on_hand + :onHand, reserved = reserved + :reserved, updated_at = now()
			    WHERE location_id = :location AND product_id = :product
			      AND on_hand + :onHand >= reserved + :reserved AND reserved + :reserved >= 0
			      AND (CAST(:expected AS integer) IS NULL OR on_hand = :expected)
			    RETURNING on_hand, reserved)
			""" + RECORD;

	/**
	 * A count that finds more than the level: applied while the level is what was counted
	 * against (a product the location never had starts at zero).
	 */
	private static final String COUNT_ADDS = """
			WITH level AS (
			    INSERT INTO stock_level (location_id, product_id, on_hand) VALUES (:location, :product, :onHand)
			    ON CONFLICT (location_id, product_id)
			    DO UPDATE SET on_hand = stock_level.on_hand + EXCLUDED.on_hand, updated_at = now()
			    WHERE stock_level.on_hand = :expected
			    RETURNING on_hand, reserved)
			""" + RECORD;

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final Clock clock;

	public StockLedger(DatabaseClient db, TransactionalOperator transaction, Clock clock) {
		this.db = db;
		this.transaction = transaction;
		this.clock = clock;
	}

	public Mono<Level> apply(Movement movement) {
		return applyAll(List.of(movement)).map((levels) -> levels.get(0));
	}

	/**
	 * Records every movement or none. Movements are applied in location and product
	 * order, so two sets touching the same levels never wait on each other in a circle.
	 * @return the levels after each movement, in that order
	 * @throws StockException (as the error signal) listing every refused line
	 */
	public Mono<List<Level>> applyAll(List<Movement> movements) {
		List<Movement> ordered = movements.stream()
			.sorted(Comparator.comparingLong(Movement::locationId).thenComparingLong(Movement::productId))
			.toList();
		return locations(ordered).flatMap((locations) -> {
			List<Shortage> refused = refusedByLocation(ordered, locations);
			if (!refused.isEmpty()) {
				return Mono.error(new StockException(refused));
			}
			return Flux.fromIterable(ordered)
				.concatMap((movement) -> record(movement).cast(LineOutcome.class).switchIfEmpty(shortage(movement)))
				.collectList()
				.flatMap(StockLedger::allOrNothing);
		}).as(this.transaction::transactional);
	}

	private static Mono<List<Level>> allOrNothing(List<LineOutcome> outcomes) {
		List<Shortage> shortages = new ArrayList<>();
		List<Level> levels = new ArrayList<>();
		for (LineOutcome outcome : outcomes) {
			if (outcome instanceof Shortage shortage) {
				shortages.add(shortage);
			}
			else {
				levels.add((Level) outcome);
			}
		}
		return shortages.isEmpty() ? Mono.just(levels) : Mono.error(new StockException(shortages));
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The instant movements are recorded at, for the documents that go with them.
	 */
	public Instant now() {
		return this.clock.instant();
	}

	/**
	 * The locations the movements touch, locked for share: closing a location waits for
	 * the movements being recorded there, and none start after it closed.
	 */
	private Mono<Map<Long, LocationState>> locations(List<Movement> movements) {
		Long[] ids = movements.stream().map(Movement::locationId).distinct().toArray(Long[]::new);
		return this.db.sql("""
				SELECT id, kind, closed_at IS NOT NULL AS closed, ships_online, opens_on, closes_on
				FROM stock_location WHERE id = ANY(:ids) FOR SHARE""")
			.bind("ids", ids)
			.map((row, meta) -> new LocationState(row.get("id", Long.class),
					LocationKind.valueOf(row.get("kind", String.class)), row.get("closed", Boolean.class),
					row.get("ships_online", Boolean.class), row.get("opens_on", LocalDate.class),
					row.get("closes_on", LocalDate.class)))
			.all()
			.collect(Collectors.toMap(LocationState::id, Function.identity()));
	}

	private List<Shortage> refusedByLocation(List<Movement> movements, Map<Long, LocationState> locations) {
		LocalDate today = today();
		List<Shortage> refused = new ArrayList<>();
		for (Movement movement : movements) {
			LocationState location = locations.get(movement.locationId());
			Optional<StockProblem> problem = (location != null) ? location.refuses(movement.kind(), today)
					: Optional.of(StockProblem.UNKNOWN_LOCATION);
			problem.ifPresent((p) -> refused
				.add(new Shortage(p, movement.locationId(), movement.productId(), movement.takes(), 0)));
		}
		return refused;
	}

	private Mono<Level> record(Movement movement) {
		String statement = statement(movement);
		DatabaseClient.GenericExecuteSpec spec = this.db.sql(statement)
			.bind("location", movement.locationId())
			.bind("product", movement.productId())
			.bind("kind", movement.kind().name())
			.bind("onHand", movement.onHandDelta())
			.bind("reserved", movement.reservedDelta())
			.bind("actor", movement.actor())
			.bind("at", this.clock.instant());
		if (statement != ADD) {
			spec = bind(spec, "expected", movement.expectedOnHand(), Integer.class);
		}
		spec = bind(spec, "batch", movement.batchId(), Long.class);
		spec = bind(spec, "reason", (movement.reason() != null) ? movement.reason().name() : null, String.class);
		spec = bind(spec, "price", movement.unitPriceVnd(), Long.class);
		spec = bind(spec, "note", movement.note(), String.class);
		spec = bind(spec, "transfer", movement.refs().transferId(), Long.class);
		spec = bind(spec, "sale", movement.refs().saleId(), Long.class);
		spec = bind(spec, "count", movement.refs().countId(), Long.class);
		spec = bind(spec, "order", movement.refs().orderId(), Long.class);
		return spec
			.map((row, meta) -> new Level(row.get("id", Long.class), movement.locationId(), movement.productId(),
					row.get("on_hand", Integer.class), row.get("reserved", Integer.class)))
			.one();
	}

	private static String statement(Movement movement) {
		if (movement.onlyAdds()) {
			return ADD;
		}
		// rows are never deleted: a product without a level was counted against zero
		return (movement.expectedOnHand() != null && movement.onHandDelta() > 0) ? COUNT_ADDS : TAKE;
	}

	/**
	 * Why a movement's conditional update matched no row: read only to say so.
	 */
	private Mono<Shortage> shortage(Movement movement) {
		return this.db
			.sql("SELECT on_hand, reserved FROM stock_level WHERE location_id = :location AND product_id = :product")
			.bind("location", movement.locationId())
			.bind("product", movement.productId())
			.map((row, meta) -> new int[] { row.get("on_hand", Integer.class), row.get("reserved", Integer.class) })
			.one()
			.defaultIfEmpty(new int[] { 0, 0 })
			.map((level) -> {
				boolean recounted = movement.expectedOnHand() != null && level[0] != movement.expectedOnHand();
				return new Shortage(recounted ? StockProblem.COUNT_CHANGED : StockProblem.INSUFFICIENT_STOCK,
						movement.locationId(), movement.productId(), movement.takes(), level[0] - level[1]);
			});
	}

	private static <T> DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, String name,
			T value, Class<T> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}

}
