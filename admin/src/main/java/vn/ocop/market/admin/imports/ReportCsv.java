package vn.ocop.market.admin.imports;

import java.util.stream.Collectors;

/**
 * The per-row report as CSV, with a byte order mark so Excel reads Vietnamese correctly.
 */
final class ReportCsv {

	private ReportCsv() {
	}

	static String write(ImportView view) {
		StringBuilder csv = new StringBuilder("\uFEFFrow,outcome,stars,product_name,province,error_codes,messages\r\n");
		for (ImportView.Row row : view.rows()) {
			csv.append(row.row())
				.append(',')
				.append(row.outcome())
				.append(',')
				.append((row.stars() != null) ? row.stars() : "")
				.append(',')
				.append(quote(row.productName()))
				.append(',')
				.append(quote((row.province() != null) ? row.province().name() : null))
				.append(',')
				.append(quote(row.errors().stream().map(ImportView.Error::code).collect(Collectors.joining(" "))))
				.append(',')
				.append(quote(row.errors().stream().map(ImportView.Error::message).collect(Collectors.joining("; "))))
				.append("\r\n");
		}
		return csv.toString();
	}

	/**
	 * Quotes every text cell, and defuses a leading formula character so a spreadsheet
	 * never runs a cell.
	 */
	static String quote(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return '"' + safe.replace("\"", "\"\"") + '"';
	}

}
