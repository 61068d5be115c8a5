package vn.ocop.market.catalog.stock;

import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Which lots units leave a location from, so that their journey shows where they went. A
 * named lot is taken as named; otherwise first expiring first out among the lots the
 * location's ledger still holds, and whatever no known lot covers leaves without one.
 */
public class Lots {

	private final DatabaseClient db;

	public Lots(DatabaseClient db) {
		this.db = db;
	}

	public Mono<List<Allocation>> allocate(long locationId, long productId, int quantity, Long batchId) {
		if (batchId != null) {
			return Mono.just(List.of(new Allocation(batchId, quantity)));
		}
		return this.db.sql("""
				SELECT m.batch_id, sum(m.on_hand_delta)::int AS balance
				FROM stock_movement m JOIN batch b ON b.id = m.batch_id
				WHERE m.location_id = :location AND m.product_id = :product
				GROUP BY m.batch_id, b.best_before, b.produced_on HAVING sum(m.on_hand_delta) > 0
				ORDER BY b.best_before NULLS LAST, b.produced_on NULLS LAST, m.batch_id""")
			.bind("location", locationId)
			.bind("product", productId)
			.map((row, meta) -> new Allocation(row.get("batch_id", Long.class), row.get("balance", Integer.class)))
			.all()
			.collectList()
			.map((balances) -> split(quantity, balances));
	}

	public static List<Allocation> split(int quantity, List<Allocation> balances) {
		List<Allocation> allocations = new ArrayList<>();
		int left = quantity;
		for (Allocation lot : balances) {
			if (left == 0) {
				break;
			}
			int take = Math.min(left, lot.quantity());
			allocations.add(new Allocation(lot.batchId(), take));
			left -= take;
		}
		if (left > 0) {
			allocations.add(new Allocation(null, left));
		}
		return allocations;
	}

	/**
	 * Units of one lot, or of no known lot.
	 */
	public record Allocation(Long batchId, int quantity) {

	}

}
