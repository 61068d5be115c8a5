package vn.ocop.market.catalog.stock;

import java.util.List;

/**
 * The ledger refused a set of movements; nothing of it was recorded. Lists every refused
 * line, so a page can say all that is short at once.
 */
public class StockException extends RuntimeException {

	private final List<Shortage> shortages;

	public StockException(List<Shortage> shortages) {
		super("Stock refused: " + shortages);
		this.shortages = List.copyOf(shortages);
	}

	public List<Shortage> shortages() {
		return this.shortages;
	}

	/**
	 * The problem of the first refused line: what a page with one message says.
	 */
	public StockProblem problem() {
		return this.shortages.get(0).problem();
	}

}
