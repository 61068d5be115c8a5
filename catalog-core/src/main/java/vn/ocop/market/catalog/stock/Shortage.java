package vn.ocop.market.catalog.stock;

/**
 * One refused line: what was asked of which product where, and why.
 *
 * @param available the units available there when refused (on hand less reserved)
 */
public record Shortage(StockProblem problem, long locationId, long productId, int requested,
		int available) implements LineOutcome {

}
