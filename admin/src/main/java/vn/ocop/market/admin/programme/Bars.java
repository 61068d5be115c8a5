package vn.ocop.market.admin.programme;

/**
 * Lengths of the bars templates draw, in percent of the bar's full width.
 */
final class Bars {

	static final Bars INSTANCE = new Bars();

	private Bars() {
	}

	/** A value against the largest of its chart. */
	public int of(long value, long largest) {
		return (largest <= 0) ? 0 : (int) Math.round(100.0 * Math.min(value, largest) / largest);
	}

	/** A result against its target, full when met. */
	public int toward(long result, Integer target) {
		Integer percent = Progress.percent(result, target);
		return (percent != null) ? percent : 0;
	}

}
