package vn.ocop.market.admin.stock;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.admin.account.LocationScope;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;

/**
 * Stocktakes: the differences between what was counted and what the level said become
 * ADJUSTMENT rows with the reason "stocktake", each applied only while the level is still
 * what the count was compared with.
 */
@Repository
class Counts {

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final StockLedger ledger;

	Counts(DatabaseClient db, TransactionalOperator transaction, StockLedger ledger) {
		this.db = db;
		this.transaction = transaction;
		this.ledger = ledger;
	}

	/**
	 * @return the stocktake's id; the same for a key applied before
	 */
	Mono<Long> apply(LocationScope scope, long locationId, UUID key, List<Difference> differences) {
		if (!scope.includes(locationId)) {
			return Mono.empty();
		}
		return this.db.sql("""
				INSERT INTO stock_count (location_id, count_key, counted_by) VALUES (:location, :key, :by)
				ON CONFLICT (count_key) DO NOTHING RETURNING id""")
			.bind("location", locationId)
			.bind("key", key)
			.bind("by", scope.actor())
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.flatMap((countId) -> {
				List<Movement> movements = differences.stream()
					.filter((d) -> d.counted() != d.expected())
					.map((d) -> Movement.counted(locationId, d.productId(), d.expected(), d.counted(), countId,
							scope.actor()))
					.toList();
				return (movements.isEmpty() ? Mono.empty() : this.ledger.applyAll(movements)).thenReturn(countId);
			})
			.switchIfEmpty(Mono.defer(
					() -> this.db.sql("SELECT id FROM stock_count WHERE count_key = :key AND location_id = :location")
						.bind("key", key)
						.bind("location", locationId)
						.map((row, meta) -> row.get("id", Long.class))
						.one()))
			.as(this.transaction::transactional);
	}

	/**
	 * A counted product: what the level said when the count was compared, and what was
	 * counted.
	 */
	record Difference(long productId, String name, int expected, int counted) {

		public int delta() {
			return this.counted - this.expected;
		}

	}

}
