package vn.ocop.market.admin.programme;

import vn.ocop.market.catalog.province.Province;

/**
 * A province's results in a year against its targets. Results count decisions dated in
 * the year: products certified 3★ or more (new, upgraded, renewed or downgraded),
 * upgrades from 3★ to 4★, products reaching 5★.
 */
record Progress(Province province, Target target, long certified, long upgraded, long fiveStar) {

	/**
	 * The share of registered products that reached 3★ or more, in percent; null without
	 * a count.
	 */
	public Integer share() {
		Integer registered = this.target.registeredProducts();
		return (registered != null) ? (int) Math.round(100.0 * this.certified / registered) : null;
	}

	/**
	 * Results as a percentage of their target, capped at 100 for the bars; null without a
	 * target.
	 */
	static Integer percent(long result, Integer target) {
		if (target == null) {
			return null;
		}
		return (target == 0) ? 100 : (int) Math.min(100, Math.round(100.0 * result / target));
	}

	static boolean met(long result, Integer target) {
		return target != null && result >= target;
	}

}
