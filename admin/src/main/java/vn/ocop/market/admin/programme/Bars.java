package vn.ocop.market.admin.programme;

/**
 * Lengths of the bars templates draw, in percent of the bar's full width, and the shades
 * of the heat table's cells.
 */
final class Bars {

	static final Bars INSTANCE = new Bars();

	private Bars() {
	}

	/** A value against the largest of its chart. */
	public int of(long value, long largest) {
		return (largest <= 0) ? 0 : (int) Math.round(100.0 * Math.min(value, largest) / largest);
	}

	/**
	 * A heat-table cell's shade from 0 (none) to 5 (the largest), never 0 for a cell that
	 * has any.
	 */
	public int shade(long value, long largest) {
		return (value == 0 || largest == 0) ? 0 : (int) Math.max(1, Math.round(5.0 * value / largest));
	}

	/** A result against its target, full when met. */
	public int toward(long result, Integer target) {
		Integer percent = Progress.percent(result, target);
		return (percent != null) ? percent : 0;
	}

}
