package vn.ocop.market.admin.imports;

import java.util.ArrayList;
import java.util.List;

import vn.ocop.market.catalog.province.Province;

/**
 * A row after checking: its decision when valid, its errors otherwise, and what could be
 * read of it either way for the report.
 */
record CheckedRow(int line, Decision decision, List<RowError> errors, String productName, Integer stars,
		Province province) {

	boolean valid() {
		return this.errors.isEmpty();
	}

	CheckedRow withError(RowError error) {
		List<RowError> more = new ArrayList<>(this.errors);
		more.add(error);
		return new CheckedRow(this.line, null, List.copyOf(more), this.productName, this.stars, this.province);
	}

}
