package vn.ocop.market.admin.stock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.admin.account.LocationScope;
import vn.ocop.market.catalog.stock.Lots;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockException;
import vn.ocop.market.catalog.stock.StockLedger;

/**
 * In-person sales. A sale, its lines and its ledger rows are one transaction: a sale
 * never takes what the location does not have, and the form's key makes a double submit
 * the same sale.
 */
@Repository
class Sales {

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final StockLedger ledger;

	private final Lots lots;

	Sales(DatabaseClient db, TransactionalOperator transaction, StockLedger ledger, Lots lots) {
		this.db = db;
		this.transaction = transaction;
		this.ledger = ledger;
		this.lots = lots;
	}

	/**
	 * Records the sale at the prices of now.
	 * @return the sale's id (the earlier one for a key seen before)
	 * @throws StockException as the error signal when a line is short, unpriced or the
	 * location does not sell today; nothing is recorded then
	 */
	Mono<Long> record(LocationScope scope, long locationId, UUID key, PaymentMethod method, DraftLines draft) {
		if (!scope.includes(locationId) || draft.isEmpty()) {
			return Mono.empty();
		}
		return existing(key, locationId).switchIfEmpty(Mono.defer(() -> prices(draft).flatMap((priced) -> {
			long total = priced.stream().mapToLong((line) -> line.price() * line.quantity()).sum();
			return this.db.sql("""
					INSERT INTO stock_sale (location_id, sale_key, payment_method, total_vnd, sold_by, sold_at)
					VALUES (:location, :key, :method, :total, :by, :at)
					ON CONFLICT (sale_key) DO NOTHING RETURNING id""")
				.bind("location", locationId)
				.bind("key", key)
				.bind("method", method.name())
				.bind("total", total)
				.bind("by", scope.actor())
				.bind("at", this.ledger.now())
				.map((row, meta) -> row.get("id", Long.class))
				.one()
				.flatMap((saleId) -> lines(scope, locationId, saleId, priced).thenReturn(saleId))
				// a concurrent submit of the same key won the insert: that sale it is
				.switchIfEmpty(Mono.defer(() -> existing(key, locationId)));
		})).as(this.transaction::transactional));
	}

	private Mono<Void> lines(LocationScope scope, long locationId, long saleId, List<Priced> priced) {
		return Flux.fromIterable(priced)
			.concatMap((line) -> this.lots.allocate(locationId, line.productId(), line.quantity(), line.batchId())
				.flatMapIterable((allocations) -> allocations.stream()
					.map((a) -> Movement.sale(locationId, line.productId(), a.quantity(), line.price(), a.batchId(),
							scope.actor()))
					.toList()))
			.map((movement) -> movement.with(Movement.Refs.NONE.sale(saleId)))
			.collectList()
			.flatMap((movements) -> this.ledger.applyAll(movements).thenReturn(movements))
			.flatMapMany(Flux::fromIterable)
			.index()
			.concatMap((numbered) -> line(saleId, numbered.getT1().intValue() + 1, numbered.getT2()))
			.then();
	}

	/**
	 * A receipt line per ledger row, so each lot that left shows on the receipt.
	 */
	private Mono<Void> line(long saleId, int number, Movement movement) {
		DatabaseClient.GenericExecuteSpec insert = this.db.sql("""
				INSERT INTO stock_sale_line (sale_id, line_no, product_id, batch_id, quantity, unit_price_vnd)
				VALUES (:sale, :no, :product, :batch, :quantity, :price)""")
			.bind("sale", saleId)
			.bind("no", number)
			.bind("product", movement.productId())
			.bind("quantity", -movement.onHandDelta())
			.bind("price", movement.unitPriceVnd());
		insert = (movement.batchId() != null) ? insert.bind("batch", movement.batchId())
				: insert.bindNull("batch", Long.class);
		return insert.then();
	}

	/**
	 * The lines with today's prices; a product without a price cannot be sold here.
	 */
	private Mono<List<Priced>> prices(DraftLines draft) {
		Long[] ids = draft.lines().stream().map(DraftLines.Line::productId).toArray(Long[]::new);
		return this.db.sql("SELECT id, price_vnd FROM product WHERE id = ANY(:ids)")
			.bind("ids", ids)
			.map((row,
					meta) -> new long[] { row.get("id", Long.class),
							(row.get("price_vnd", Long.class) != null) ? row.get("price_vnd", Long.class) : -1 })
			.all()
			.collectList()
			.flatMap((rows) -> {
				List<Priced> priced = new ArrayList<>();
				List<Long> unpriced = new ArrayList<>();
				for (DraftLines.Line line : draft.lines()) {
					long price = rows.stream()
						.filter((r) -> r[0] == line.productId())
						.mapToLong((r) -> r[1])
						.findFirst()
						.orElse(-1);
					if (price < 0) {
						unpriced.add(line.productId());
					}
					priced.add(new Priced(line.productId(), line.batchId(), line.quantity(), price));
				}
				return unpriced.isEmpty() ? Mono.just(priced) : Mono.error(new UnpricedException(unpriced));
			});
	}

	private Mono<Long> existing(UUID key, long locationId) {
		return this.db.sql("SELECT id FROM stock_sale WHERE sale_key = :key AND location_id = :location")
			.bind("key", key)
			.bind("location", locationId)
			.map((row, meta) -> row.get("id", Long.class))
			.one();
	}

	/**
	 * A sale's receipt, for the account that may see its location.
	 */
	Mono<Receipt> receipt(LocationScope scope, long saleId) {
		return Scoped.bind(this.db.sql("""
				SELECT s.id, s.location_id, l.name AS location, l.address, l.phone, s.payment_method, s.total_vnd,
				       s.sold_by, s.sold_at, s.sale_key
				FROM stock_sale s JOIN stock_location l ON l.id = s.location_id
				WHERE s.id = :id AND %s""".formatted(Scoped.LOCATION)), scope)
			.bind("id", saleId)
			.map((row, meta) -> Receipt.of(row))
			.one()
			.flatMap((receipt) -> this.db.sql("""
					SELECT p.name, b.lot_code, l.quantity, l.unit_price_vnd
					FROM stock_sale_line l JOIN product p ON p.id = l.product_id LEFT JOIN batch b ON b.id = l.batch_id
					WHERE l.sale_id = :sale ORDER BY l.line_no""")
				.bind("sale", saleId)
				.map((row, meta) -> new Receipt.Line(row.get("name", String.class), row.get("lot_code", String.class),
						row.get("quantity", Integer.class), row.get("unit_price_vnd", Long.class)))
				.all()
				.collectList()
				.map(receipt::withLines));
	}

	record Priced(long productId, Long batchId, int quantity, long price) {

	}

	/**
	 * A receipt: the sale, where and by whom, and its lines.
	 */
	record Receipt(long id, long locationId, String location, String address, String phone, PaymentMethod method,
			long totalVnd, String soldBy, Instant soldAt, UUID key, List<Line> lines) {

		static Receipt of(Readable row) {
			return new Receipt(row.get("id", Long.class), row.get("location_id", Long.class),
					row.get("location", String.class), row.get("address", String.class), row.get("phone", String.class),
					PaymentMethod.valueOf(row.get("payment_method", String.class)), row.get("total_vnd", Long.class),
					row.get("sold_by", String.class), row.get("sold_at", Instant.class),
					row.get("sale_key", UUID.class), List.of());
		}

		Receipt withLines(List<Line> lines) {
			return new Receipt(this.id, this.locationId, this.location, this.address, this.phone, this.method,
					this.totalVnd, this.soldBy, this.soldAt, this.key, lines);
		}

		/**
		 * The receipt number people read and banks carry as the transfer note.
		 */
		public String number() {
			return SaleReference.of(this.key);
		}

		record Line(String product, String lotCode, int quantity, long unitPriceVnd) {

		}

	}

	/**
	 * Lines without a price: they cannot be sold until the office sets one.
	 */
	static class UnpricedException extends RuntimeException {

		private final List<Long> productIds;

		UnpricedException(List<Long> productIds) {
			super("Unpriced products " + productIds, null, false, false);
			this.productIds = List.copyOf(productIds);
		}

		List<Long> productIds() {
			return this.productIds;
		}

	}

}
