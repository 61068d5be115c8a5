package vn.ocop.market.admin.imports;

/**
 * A checked row with its outcome against the catalog.
 *
 * @param productId the existing product, or null for a new one
 */
record PlannedRow(CheckedRow row, Outcome outcome, Long productId) {

}
