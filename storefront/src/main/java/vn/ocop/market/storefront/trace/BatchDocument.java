package vn.ocop.market.storefront.trace;

import java.time.LocalDate;

/**
 * A quality document of a batch (VietGAP, HACCP, a test report...), without its content.
 *
 * @param kind VIETGAP, HACCP, ISO_22000, ORGANIC, TEST_REPORT or OTHER
 */
record BatchDocument(long id, String kind, String title, String fileName, String contentType, int sizeBytes,
		LocalDate validUntil) {

	public String sizeKb() {
		return Math.max(1, Math.round(this.sizeBytes / 1024.0)) + " KB";
	}

	public boolean pdf() {
		return "application/pdf".equals(this.contentType);
	}

}
