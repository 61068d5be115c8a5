package vn.ocop.market.admin.imports;

/**
 * A checked row with its outcome against the catalog.
 *
 * @param productId the existing product, or null for one the file brings
 * @param newProduct for a product the file brings, the key its first decision creates it
 * under; null otherwise
 * @param current whether the row's decision is the product's current certificate once the
 * file is applied (the newest it holds, unless the catalog's is newer)
 */
record PlannedRow(CheckedRow row, Outcome outcome, Long productId, Decision.ProductKey newProduct, boolean current) {

	/**
	 * Whether this row brings its product to the catalog: the first decision of a product
	 * new to it.
	 */
	boolean createsProduct() {
		return this.productId == null && this.outcome == Outcome.NEW;
	}

	static PlannedRow error(CheckedRow row, Long productId) {
		return new PlannedRow(row, Outcome.ERROR, productId, null, false);
	}

}
