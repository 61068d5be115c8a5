package vn.ocop.market.admin.imports;

import java.util.List;

/**
 * One problem with one row: a stable code, the column it concerns and the values its
 * message needs. Messages are rendered in the reader's language when shown.
 */
record RowError(ErrorCode code, String field, String messageKey, List<String> args) {

	RowError(ErrorCode code, Column column, Object... args) {
		this(code, column.key(), "import.error." + code.name(), List.of(args).stream().map(String::valueOf).toList());
	}

}
