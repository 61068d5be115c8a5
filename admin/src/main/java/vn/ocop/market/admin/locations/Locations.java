package vn.ocop.market.admin.locations;

import java.time.Instant;
import java.time.LocalDate;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.admin.system.Forms;
import vn.ocop.market.catalog.stock.LocationKind;
import vn.ocop.market.catalog.text.VietnameseText;

/**
 * Stock locations for the office: created, edited and closed (never deleted: their
 * history stays), with the booths of a fair.
 */
@Repository
class Locations {

	private static final String SELECT = """
			SELECT l.id, l.kind, l.name, l.address, l.province_code, v.name_vi AS province, l.phone, l.opening_hours,
			       l.opens_on, l.closes_on, l.ships_online, l.closed_at,
			       (SELECT count(*) FROM stock_level s WHERE s.location_id = l.id AND s.on_hand > 0) AS products,
			       (SELECT coalesce(sum(s.on_hand), 0) FROM stock_level s WHERE s.location_id = l.id) AS units,
			       (SELECT count(*) FROM app_user_location a WHERE a.location_id = l.id) AS operators
			FROM stock_location l JOIN province v ON v.code = l.province_code""";

	private final DatabaseClient db;

	Locations(DatabaseClient db) {
		this.db = db;
	}

	Flux<Location> all() {
		return this.db.sql(SELECT + " ORDER BY l.closed_at IS NOT NULL, l.kind, v.name_vi, l.name")
			.map((row, meta) -> location(row))
			.all();
	}

	Mono<Location> find(long id) {
		return this.db.sql(SELECT + " WHERE l.id = :id").bind("id", id).map((row, meta) -> location(row)).one();
	}

	/**
	 * Fairs past their last day that still hold goods: their leftovers must go back.
	 */
	Flux<Location> endedFairsHoldingStock(LocalDate today) {
		return this.db.sql(SELECT + """
				 WHERE l.kind = 'FAIR' AND l.closes_on < :today
				   AND EXISTS (SELECT 1 FROM stock_level s WHERE s.location_id = l.id AND s.on_hand > 0)
				ORDER BY l.closes_on""").bind("today", today).map((row, meta) -> location(row)).all();
	}

	/**
	 * @return the new location's id, empty when the province already has a location of
	 * that name
	 */
	Mono<Long> create(LocationForm form) {
		return bind(
				this.db
					.sql("""
							INSERT INTO stock_location (kind, name, address, province_code, phone, opening_hours, opens_on, closes_on,
							                            ships_online)
							VALUES (:kind, :name, :address, :province, :phone, :hours, :opens, :closes, :ships)
							ON CONFLICT (province_code, name) DO NOTHING
							RETURNING id"""),
				form)
			.map((row, meta) -> row.get("id", Long.class))
			.one();
	}

	/**
	 * @return whether it was saved; false when another location of the province has that
	 * name
	 */
	Mono<Boolean> update(long id, LocationForm form) {
		return bind(this.db
			.sql("""
					UPDATE stock_location SET kind = :kind, name = :name, address = :address, province_code = :province,
					       phone = :phone, opening_hours = :hours, opens_on = :opens, closes_on = :closes,
					       ships_online = :ships, updated_at = now()
					WHERE id = :id AND NOT EXISTS (SELECT 1 FROM stock_location o
					                               WHERE o.province_code = :province AND o.name = :name AND o.id <> :id)"""),
				form)
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	/**
	 * Closes or reopens a location; a closed one takes no movement and keeps its history.
	 */
	Mono<Boolean> close(long id, boolean closed) {
		return this.db.sql("""
				UPDATE stock_location SET closed_at = CASE WHEN :closed THEN now() END, updated_at = now()
				WHERE id = :id AND (closed_at IS NULL) = :closed""")
			.bind("id", id)
			.bind("closed", closed)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	Flux<Booth> booths(long locationId) {
		return this.db
			.sql("""
					SELECT b.producer_id, r.name, b.booth FROM stock_location_booth b JOIN producer r ON r.id = b.producer_id
					WHERE b.location_id = :location ORDER BY b.booth NULLS LAST, r.name""")
			.bind("location", locationId)
			.map((row, meta) -> new Booth(row.get("producer_id", Long.class), row.get("name", String.class),
					row.get("booth", String.class)))
			.all();
	}

	Flux<Booth> producersNamed(String query) {
		return this.db.sql("""
				SELECT id AS producer_id, name, NULL AS booth FROM producer
				WHERE name_folded LIKE '%' || :folded || '%' ORDER BY name LIMIT 10""")
			.bind("folded", VietnameseText.fold(query))
			.map((row, meta) -> new Booth(row.get("producer_id", Long.class), row.get("name", String.class), null))
			.all();
	}

	Mono<Void> addBooth(long locationId, long producerId, String booth) {
		DatabaseClient.GenericExecuteSpec spec = this.db.sql("""
				INSERT INTO stock_location_booth (location_id, producer_id, booth)
				SELECT :location, id, :booth FROM producer WHERE id = :producer
				ON CONFLICT (location_id, producer_id) DO UPDATE SET booth = EXCLUDED.booth""")
			.bind("location", locationId)
			.bind("producer", producerId);
		spec = (booth == null || booth.isBlank()) ? spec.bindNull("booth", String.class)
				: spec.bind("booth", booth.strip());
		return spec.then();
	}

	Mono<Void> removeBooth(long locationId, long producerId) {
		return this.db.sql("DELETE FROM stock_location_booth WHERE location_id = :location AND producer_id = :producer")
			.bind("location", locationId)
			.bind("producer", producerId)
			.then();
	}

	private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, LocationForm form) {
		spec = spec.bind("kind", form.kind().name())
			.bind("name", form.name().strip())
			.bind("province", form.provinceCode())
			.bind("ships", form.ships());
		spec = nullable(spec, "address", Forms.text(form.address()), String.class);
		spec = nullable(spec, "phone", Forms.text(form.phone()), String.class);
		spec = nullable(spec, "hours", Forms.text(form.openingHours()), String.class);
		boolean fair = form.kind() == LocationKind.FAIR;
		spec = nullable(spec, "opens", fair ? form.opensOn() : null, LocalDate.class);
		return nullable(spec, "closes", fair ? form.closesOn() : null, LocalDate.class);
	}

	private static <T> DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
			T value, Class<T> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}

	private static Location location(Readable row) {
		return new Location(row.get("id", Long.class), LocationKind.valueOf(row.get("kind", String.class)),
				row.get("name", String.class), row.get("address", String.class), row.get("province_code", String.class),
				row.get("province", String.class), row.get("phone", String.class),
				row.get("opening_hours", String.class), row.get("opens_on", LocalDate.class),
				row.get("closes_on", LocalDate.class), row.get("ships_online", Boolean.class),
				row.get("closed_at", Instant.class), row.get("products", Long.class), row.get("units", Long.class),
				row.get("operators", Long.class));
	}

	record Booth(long producerId, String producerName, String booth) {

	}

}
