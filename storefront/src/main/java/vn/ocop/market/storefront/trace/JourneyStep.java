package vn.ocop.market.storefront.trace;

import java.time.Instant;

/**
 * One stage of a batch's journey: where the goods came from, where the stage happened and
 * where they went next (one step back, one step forward).
 *
 * @param kind HARVEST, PROCESSING, PACKING, QUALITY_TEST, SHIPPED, RECEIVED or SOLD, or
 * the office's RECALLED and RECALL_LIFTED
 * @param actor who recorded it as the public may see it: the producer's or the showroom's
 * name, never an account's e-mail address; null when unknown or the office
 * @param byOffice recorded by the OCOP office
 */
record JourneyStep(long id, Instant at, String kind, String fromPlace, String place, String toPlace, String note,
		String actor, boolean byOffice) {

	/**
	 * The stage's trace code as Circular 02/2024 asks: the lot's code and the event
	 * number.
	 */
	public String code(String traceCode) {
		return traceCode + "-" + this.id;
	}

}
