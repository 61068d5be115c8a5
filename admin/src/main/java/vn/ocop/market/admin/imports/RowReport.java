package vn.ocop.market.admin.imports;

import java.util.List;

/**
 * One row of an import report, as stored with the import and shown or downloaded later.
 */
record RowReport(int row, Outcome outcome, Integer stars, String productName, String provinceCode,
		List<RowError> errors) {

	static RowReport of(PlannedRow planned) {
		CheckedRow row = planned.row();
		return new RowReport(row.line(), planned.outcome(), row.stars(), row.productName(),
				(row.province() != null) ? row.province().code() : null, row.errors());
	}

}
