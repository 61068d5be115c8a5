package vn.ocop.market.admin.locations;

import java.time.Instant;
import java.time.LocalDate;

import vn.ocop.market.catalog.stock.LocationKind;

/**
 * A stock location as the office sees it, with what it holds and who works there.
 *
 * @param products how many products it has on hand
 * @param units how many units it has on hand
 */
record Location(long id, LocationKind kind, String name, String address, String provinceCode, String province,
		String phone, String openingHours, LocalDate opensOn, LocalDate closesOn, boolean shipsOnline, Instant closedAt,
		long products, long units, long operators) {

	public boolean closed() {
		return this.closedAt != null;
	}

	public boolean endedBy(LocalDate today) {
		return this.kind == LocationKind.FAIR && this.closesOn != null && today.isAfter(this.closesOn);
	}

	LocationForm form() {
		return new LocationForm(this.kind, this.name, this.address, this.provinceCode, this.phone, this.openingHours,
				this.opensOn, this.closesOn, this.shipsOnline);
	}

}
