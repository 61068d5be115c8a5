package vn.ocop.market.catalog.stock;

/**
 * Why the ledger refused a movement: a stable code the pages turn into a message.
 */
public enum StockProblem {

	/** The location has fewer units available than the movement takes. */
	INSUFFICIENT_STOCK,

	/** The location is closed: its history stays, nothing new is recorded. */
	LOCATION_CLOSED,

	/** A fair sells only from its first to its last day. */
	FAIR_NOT_OPEN,

	/** After its last day a fair sells and receives nothing; leftovers go back. */
	FAIR_ENDED,

	/** Online orders hold stock only where goods ship from. */
	NOT_SHIPPING_ONLINE,

	/** The level changed since it was counted: count again. */
	COUNT_CHANGED,

	/** No such location. */
	UNKNOWN_LOCATION

}
