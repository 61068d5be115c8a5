package vn.ocop.market.catalog.stock;

/**
 * Why a level is corrected: by an operator (damaged, expired, a count correction, a
 * sample, lost), by a stocktake's differences, or by goods an online buyer refused coming
 * back.
 */
public enum AdjustmentReason {

	DAMAGED, EXPIRED, COUNT_CORRECTION, SAMPLE, LOST, STOCKTAKE, CUSTOMER_RETURN

}
