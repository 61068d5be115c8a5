package vn.ocop.market.admin.locations;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.ocop.market.catalog.stock.LocationKind;

/**
 * A location as the office enters it. Fairs have their dates; only a warehouse ships
 * online orders.
 */
record LocationForm(@NotNull(message = "location.error.kind") LocationKind kind,
		@NotBlank(message = "location.error.name") @Size(max = 120, message = "location.error.name") String name,
		@Size(max = 300, message = "location.error.address") String address,
		@NotBlank(message = "location.error.province") String provinceCode,
		@Pattern(regexp = "^$|^[0-9+ .()-]{8,20}$", message = "location.error.phone") String phone,
		@Size(max = 120, message = "location.error.hours") String openingHours,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn, Boolean shipsOnline) {

	static LocationForm empty() {
		return new LocationForm(LocationKind.SHOWROOM, "", "", "", "", "", null, null, false);
	}

	@AssertTrue(message = "location.error.fair-dates")
	boolean isFairDated() {
		return this.kind != LocationKind.FAIR
				|| (this.opensOn != null && this.closesOn != null && !this.closesOn.isBefore(this.opensOn));
	}

	@AssertTrue(message = "location.error.ships-online")
	boolean isShippingFromAWarehouse() {
		return !ships() || this.kind == LocationKind.WAREHOUSE;
	}

	public boolean ships() {
		return Boolean.TRUE.equals(this.shipsOnline);
	}
}
