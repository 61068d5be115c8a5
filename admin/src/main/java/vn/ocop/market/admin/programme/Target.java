package vn.ocop.market.admin.programme;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A province's targets for a year, as its plan sets them: products reaching 3★ or more,
 * upgrades from 3★ to 4★, products of 5★, and the share of registered products reaching
 * 3★. Any target may be left empty.
 */
record Target(@NotBlank(message = "target.error.province") String provinceCode,
		@NotNull(message = "target.error.year") @Min(value = 2018, message = "target.error.year") @Max(value = 2100,
				message = "target.error.year") Integer year,
		@PositiveOrZero(message = "target.error.count") Integer certified3plus,
		@PositiveOrZero(message = "target.error.count") Integer upgraded3to4,
		@PositiveOrZero(message = "target.error.count") Integer fiveStar,
		@Min(value = 1, message = "target.error.registered") Integer registeredProducts,
		@Min(value = 1, message = "target.error.share") @Max(value = 100,
				message = "target.error.share") Integer share3plusPercent) {

	static Target empty(int year) {
		return new Target("", year, null, null, null, null, null);
	}

	@AssertTrue(message = "target.error.share-needs-registered")
	boolean isShareCountable() {
		return this.share3plusPercent == null || this.registeredProducts != null;
	}

}
