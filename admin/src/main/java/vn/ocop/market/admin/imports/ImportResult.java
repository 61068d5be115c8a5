package vn.ocop.market.admin.imports;

import java.util.List;

/**
 * An import with its per-row report.
 *
 * @param duplicateOf the earlier import that applied the same file, or null
 */
public record ImportResult(ImportRecord record, List<RowReport> rows, Long duplicateOf) {

	boolean hasErrors() {
		return this.record.count(Outcome.ERROR) > 0;
	}

}
