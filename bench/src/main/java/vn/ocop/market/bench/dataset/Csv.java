package vn.ocop.market.bench.dataset;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV lines as RFC 4180 wants them: comma separated, CRLF ended, a field quoted
 * when it holds a comma, a quote or a line break, with quotes doubled.
 */
final class Csv {

	static final String LINE_END = "\r\n";

	private Csv() {
	}

	static String line(List<String> fields) {
		return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", LINE_END));
	}

	private static String field(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
