package vn.ocop.market.catalog.stock;

/**
 * Why an operator corrects a level; {@link #STOCKTAKE} is what a count's differences
 * carry.
 */
public enum AdjustmentReason {

	DAMAGED, EXPIRED, COUNT_CORRECTION, SAMPLE, LOST, STOCKTAKE

}
