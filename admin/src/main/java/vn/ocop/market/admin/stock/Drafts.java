package vn.ocop.market.admin.stock;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * What a page shows of a form's lines: each product's name, lot, price and what the
 * location has available of it now.
 */
@Repository
class Drafts {

	private final DatabaseClient db;

	Drafts(DatabaseClient db) {
		this.db = db;
	}

	Mono<List<LineView>> view(long locationId, DraftLines draft) {
		if (draft.isEmpty()) {
			return Mono.just(List.of());
		}
		Long[] products = draft.lines().stream().map(DraftLines.Line::productId).toArray(Long[]::new);
		return this.db.sql("""
				SELECT p.id, p.name, p.gtin, p.price_vnd, r.name AS producer,
				       coalesce(s.on_hand - s.reserved, 0) AS available, coalesce(s.on_hand, 0) AS on_hand
				FROM product p JOIN producer r ON r.id = p.producer_id
				LEFT JOIN stock_level s ON s.product_id = p.id AND s.location_id = :location
				WHERE p.id = ANY(:products)""")
			.bind("location", locationId)
			.bind("products", products)
			.map((row, meta) -> ProductRow.of(row))
			.all()
			.collectMap(ProductRow::id, Function.identity())
			.zipWith(lots(draft))
			.map((both) -> draft.lines()
				.stream()
				.filter((line) -> both.getT1().containsKey(line.productId()))
				.map((line) -> LineView.of(line, both.getT1().get(line.productId()), both.getT2()))
				.toList());
	}

	/**
	 * The products' names, for messages about lines.
	 */
	static Map<Long, String> names(List<LineView> views) {
		return views.stream().collect(Collectors.toMap(LineView::productId, LineView::name, (a, b) -> a));
	}

	/**
	 * The lots of each product, newest first, for a receipt to say which lot arrived.
	 */
	Mono<Map<Long, List<Lot>>> lotsOf(DraftLines draft) {
		Long[] products = draft.lines().stream().map(DraftLines.Line::productId).distinct().toArray(Long[]::new);
		if (products.length == 0) {
			return Mono.just(Map.of());
		}
		return this.db.sql("""
				SELECT id, product_id, lot_code, best_before FROM batch WHERE product_id = ANY(:products)
				AND recalled_at IS NULL ORDER BY produced_on DESC NULLS LAST, id DESC""")
			.bind("products", products)
			.map((row, meta) -> new Lot(row.get("id", Long.class), row.get("product_id", Long.class),
					row.get("lot_code", String.class), row.get("best_before", java.time.LocalDate.class)))
			.all()
			.collect(Collectors.groupingBy(Lot::productId));
	}

	private Mono<Map<Long, String>> lots(DraftLines draft) {
		Long[] batches = draft.lines()
			.stream()
			.map(DraftLines.Line::batchId)
			.filter((id) -> id != null)
			.toArray(Long[]::new);
		if (batches.length == 0) {
			return Mono.just(Map.of());
		}
		return this.db.sql("SELECT id, lot_code FROM batch WHERE id = ANY(:batches)")
			.bind("batches", batches)
			.map((row, meta) -> Map.entry(row.get("id", Long.class), row.get("lot_code", String.class)))
			.all()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	record Lot(long id, long productId, String lotCode, java.time.LocalDate bestBefore) {

	}

	record ProductRow(long id, String name, String gtin, Long priceVnd, String producer, int available, int onHand) {

		static ProductRow of(Readable row) {
			return new ProductRow(row.get("id", Long.class), row.get("name", String.class),
					row.get("gtin", String.class), row.get("price_vnd", Long.class), row.get("producer", String.class),
					row.get("available", Integer.class), row.get("on_hand", Integer.class));
		}

	}

	/**
	 * One line as the page shows it.
	 */
	record LineView(long productId, Long batchId, String lotCode, int quantity, String name, String gtin,
			String producer, Long priceVnd, int available, int onHand) {

		static LineView of(DraftLines.Line line, ProductRow product, Map<Long, String> lots) {
			return new LineView(line.productId(), line.batchId(),
					(line.batchId() != null) ? lots.get(line.batchId()) : null, line.quantity(), product.name(),
					product.gtin(), product.producer(), product.priceVnd(), product.available(), product.onHand());
		}

		public boolean exceedsAvailable() {
			return this.quantity > this.available;
		}

		public long amount() {
			return (this.priceVnd != null) ? this.priceVnd * this.quantity : 0;
		}

	}

}
