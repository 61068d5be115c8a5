package vn.ocop.market.catalog.stock;

/**
 * Why stock moved. The sign of each delta is fixed by the kind, here and in the
 * database's {@code stock_movement_sign_check}.
 */
public enum MovementKind {

	/** Goods consigned by their producer arrive at a location. */
	RECEIVE,

	/** Goods leave a location for another one (a sent transfer). */
	TRANSFER_OUT,

	/** Goods of a transfer arrive and are counted. */
	TRANSFER_IN,

	/** Goods are sold: in person, or an online order shipped from its reservation. */
	SALE,

	/** A correction with a reason: damaged, expired, a count, a sample, lost. */
	ADJUSTMENT,

	/** Unsold goods go back to their producer. */
	RETURN_TO_PRODUCER,

	/** Units held for an online order until it is paid and shipped. */
	RESERVATION,

	/** A hold ends without a sale: cancelled, expired or refused on delivery. */
	RELEASE

}
