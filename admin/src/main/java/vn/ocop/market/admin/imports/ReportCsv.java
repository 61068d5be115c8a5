package vn.ocop.market.admin.imports;

import java.util.stream.Collectors;

import vn.ocop.market.admin.files.Table;

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
				.append(Table.quote(row.productName()))
				.append(',')
				.append(Table.quote((row.province() != null) ? row.province().name() : null))
				.append(',')
				.append(Table.quote(row.errors().stream().map(ImportView.Error::code).collect(Collectors.joining(" "))))
				.append(',')
				.append(Table
					.quote(row.errors().stream().map(ImportView.Error::message).collect(Collectors.joining("; "))))
				.append("\r\n");
		}
		return csv.toString();
	}

}
