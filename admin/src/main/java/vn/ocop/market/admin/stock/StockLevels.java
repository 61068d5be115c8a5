package vn.ocop.market.admin.stock;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.admin.account.LocationScope;
import vn.ocop.market.catalog.text.VietnameseText;

/**
 * The locations an account may touch and their levels: on hand, reserved for orders,
 * available, and the low-stock threshold of each product there.
 */
@Repository
class StockLevels {

	private static final String LEVEL = """
			SELECT s.product_id, p.name, p.gtin, r.name AS producer, p.price_vnd, s.on_hand, s.reserved,
			       s.low_threshold, s.on_hand - s.reserved <= coalesce(s.low_threshold, :lowDefault) AS low
			FROM stock_level s
			JOIN stock_location l ON l.id = s.location_id
			JOIN product p ON p.id = s.product_id
			JOIN producer r ON r.id = p.producer_id
			WHERE s.location_id = :location AND %s""".formatted(Scoped.LOCATION);

	private final DatabaseClient db;

	private final StockConfiguration.StockProperties properties;

	StockLevels(DatabaseClient db, StockConfiguration.StockProperties properties) {
		this.db = db;
		this.properties = properties;
	}

	Flux<Place> places(LocationScope scope) {
		return Scoped.bind(this.db.sql("""
				SELECT %s FROM stock_location l JOIN province v ON v.code = l.province_code
				WHERE %s ORDER BY l.closed_at IS NOT NULL, l.name""".formatted(Place.COLUMNS, Scoped.LOCATION)), scope)
			.bind("lowDefault", this.properties.lowThreshold())
			.map((row, meta) -> Place.of(row))
			.all();
	}

	/**
	 * The location, when the account may touch it; empty otherwise.
	 */
	Mono<Place> place(LocationScope scope, long locationId) {
		if (!scope.includes(locationId)) {
			return Mono.empty();
		}
		return Scoped.bind(this.db.sql("""
				SELECT %s FROM stock_location l JOIN province v ON v.code = l.province_code
				WHERE l.id = :id AND %s""".formatted(Place.COLUMNS, Scoped.LOCATION)), scope)
			.bind("id", locationId)
			.bind("lowDefault", this.properties.lowThreshold())
			.map((row, meta) -> Place.of(row))
			.one();
	}

	/**
	 * The levels at the location, those on hand first; {@code query} narrows by name or
	 * GTIN.
	 */
	Flux<LevelRow> levels(LocationScope scope, long locationId, String query) {
		boolean filtered = query != null && !query.isBlank();
		String sql = LEVEL + (filtered
				? " AND (p.name_folded LIKE '%' || :folded || '%' OR p.gtin LIKE '%' || :digits || '%')" : "")
				+ " ORDER BY s.on_hand = 0, p.name_folded";
		DatabaseClient.GenericExecuteSpec spec = levelSpec(sql, scope, locationId);
		if (filtered) {
			String digits = query.strip().matches("\\d{3,14}") ? query.strip() : "-";
			spec = spec.bind("folded", VietnameseText.fold(query)).bind("digits", digits);
		}
		return spec.map((row, meta) -> LevelRow.of(row)).all();
	}

	Flux<LevelRow> low(LocationScope scope, long locationId) {
		return levelSpec(
				LEVEL + " AND s.on_hand > 0 AND s.on_hand - s.reserved <= coalesce(s.low_threshold, :lowDefault)"
						+ " ORDER BY s.on_hand - s.reserved, p.name_folded",
				scope, locationId)
			.map((row, meta) -> LevelRow.of(row))
			.all();
	}

	/**
	 * Sets (or clears, with null) the low-stock threshold of a product at a location of
	 * the account's.
	 * @return whether there was such a level
	 */
	Mono<Boolean> threshold(LocationScope scope, long locationId, long productId, Integer threshold) {
		DatabaseClient.GenericExecuteSpec spec = Scoped.bind(this.db.sql("""
				UPDATE stock_level s SET low_threshold = :threshold FROM stock_location l
				WHERE l.id = s.location_id AND s.location_id = :location AND s.product_id = :product AND %s"""
			.formatted(Scoped.LOCATION)), scope).bind("location", locationId).bind("product", productId);
		spec = (threshold != null) ? spec.bind("threshold", threshold) : spec.bindNull("threshold", Integer.class);
		return spec.fetch().rowsUpdated().map((rows) -> rows > 0);
	}

	int lowDefault() {
		return this.properties.lowThreshold();
	}

	private DatabaseClient.GenericExecuteSpec levelSpec(String sql, LocationScope scope, long locationId) {
		return Scoped.bind(this.db.sql(sql), scope)
			.bind("location", locationId)
			.bind("lowDefault", this.properties.lowThreshold());
	}

	/**
	 * A product's level at a location.
	 */
	record LevelRow(long productId, String name, String gtin, String producer, Long priceVnd, int onHand, int reserved,
			Integer lowThreshold, boolean low) {

		static LevelRow of(Readable row) {
			return new LevelRow(row.get("product_id", Long.class), row.get("name", String.class),
					row.get("gtin", String.class), row.get("producer", String.class), row.get("price_vnd", Long.class),
					row.get("on_hand", Integer.class), row.get("reserved", Integer.class),
					row.get("low_threshold", Integer.class), Boolean.TRUE.equals(row.get("low", Boolean.class)));
		}

		public int available() {
			return this.onHand - this.reserved;
		}

	}

}
