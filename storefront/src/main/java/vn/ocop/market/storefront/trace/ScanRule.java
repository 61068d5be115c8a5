package vn.ocop.market.storefront.trace;

/**
 * When a lot's stamp looks copied: scanned far more often than there are units, or by
 * many distinct clients in a short time (a stamp printed on counterfeit packs travels).
 *
 * @param copyFactor scans above quantity × this look copied
 * @param burstClients this many distinct clients in the recent window look copied
 */
record ScanRule(double copyFactor, int burstClients) {

	ScanRule {
		if (copyFactor < 1 || burstClients < 2) {
			throw new IllegalArgumentException("copyFactor must be at least 1 and burstClients at least 2");
		}
	}

	/**
	 * What the page should warn about.
	 * @param scans every scan of the lot so far
	 * @param recentClients distinct clients within the recent window
	 * @param quantity units in the lot, {@code null} when not declared
	 */
	ScanWarning judge(long scans, long recentClients, Integer quantity) {
		if (quantity != null && scans > quantity * this.copyFactor) {
			return ScanWarning.BEYOND_QUANTITY;
		}
		if (recentClients >= this.burstClients) {
			return ScanWarning.MANY_CLIENTS;
		}
		return ScanWarning.NONE;
	}

	enum ScanWarning {

		NONE, BEYOND_QUANTITY, MANY_CLIENTS

	}

}
