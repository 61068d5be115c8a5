package vn.ocop.market.admin.stock;

import java.time.LocalDate;

import io.r2dbc.spi.Readable;

import vn.ocop.market.catalog.stock.LocationKind;

/**
 * A location as its operator works with it.
 *
 * @param lowProducts how many products are at or below their low-stock threshold
 */
record Place(long id, LocationKind kind, String name, String address, String province, String phone,
		String openingHours, LocalDate opensOn, LocalDate closesOn, boolean shipsOnline, boolean closed, long products,
		long units, long lowProducts) {

	static final String COLUMNS = """
			l.id, l.kind, l.name, l.address, v.name_vi AS province, l.phone, l.opening_hours, l.opens_on, l.closes_on,
			l.ships_online, l.closed_at IS NOT NULL AS closed,
			(SELECT count(*) FROM stock_level s WHERE s.location_id = l.id AND s.on_hand > 0) AS products,
			(SELECT coalesce(sum(s.on_hand), 0) FROM stock_level s WHERE s.location_id = l.id) AS units,
			(SELECT count(*) FROM stock_level s WHERE s.location_id = l.id AND s.on_hand > 0
			   AND s.on_hand - s.reserved <= coalesce(s.low_threshold, :lowDefault)) AS low""";

	static Place of(Readable row) {
		return new Place(row.get("id", Long.class), LocationKind.valueOf(row.get("kind", String.class)),
				row.get("name", String.class), row.get("address", String.class), row.get("province", String.class),
				row.get("phone", String.class), row.get("opening_hours", String.class),
				row.get("opens_on", LocalDate.class), row.get("closes_on", LocalDate.class),
				row.get("ships_online", Boolean.class), row.get("closed", Boolean.class),
				row.get("products", Long.class), row.get("units", Long.class), row.get("low", Long.class));
	}

	public boolean fair() {
		return this.kind == LocationKind.FAIR;
	}

	/**
	 * Whether a fair's last day is behind us: it then only sends its leftovers back.
	 */
	public boolean ended(LocalDate today) {
		return fair() && today.isAfter(this.closesOn);
	}

	/**
	 * Whether in-person sales are taken here today.
	 */
	public boolean sells(LocalDate today) {
		return !this.closed && (!fair() || (!today.isBefore(this.opensOn) && !today.isAfter(this.closesOn)));
	}

	public boolean receives(LocalDate today) {
		return !this.closed && !ended(today);
	}

}
