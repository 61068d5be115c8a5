package vn.ocop.market.storefront.trace;

import java.time.LocalDate;

/**
 * The product's current OCOP decision: the newest one not superseded.
 *
 * @param status ACTIVE, EXPIRED or REVOKED as stored
 */
record TraceCertificate(String decisionNo, LocalDate decisionDate, String authority, int stars, LocalDate validFrom,
		LocalDate validUntil, String status) {

	/**
	 * Valid on the day: ACTIVE and not past its validity, even before the daily job marks
	 * it expired.
	 */
	public boolean validOn(LocalDate today) {
		return "ACTIVE".equals(this.status) && !this.validUntil.isBefore(today);
	}

	public boolean revoked() {
		return "REVOKED".equals(this.status);
	}

}
