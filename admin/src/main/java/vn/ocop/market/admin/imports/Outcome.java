package vn.ocop.market.admin.imports;

/**
 * What a row does to the catalog.
 */
public enum Outcome {

	/** A product certified for the first time. */
	NEW,
	/** More stars than the product's current certificate. */
	UPGRADE,
	/** Same stars, newer decision. */
	RENEWAL,
	/** Fewer stars, newer decision. */
	DOWNGRADE,
	/** This very decision is already applied. */
	UNCHANGED,
	/**
	 * Older than the product's current decision: kept in its history, never applied over
	 * it.
	 */
	STALE,
	/** Cannot be applied. */
	ERROR;

	boolean writes() {
		return this != UNCHANGED && this != ERROR;
	}

}
