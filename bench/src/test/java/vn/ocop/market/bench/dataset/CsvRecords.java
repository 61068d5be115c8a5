package vn.ocop.market.bench.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 text back into records, independently of how the generator writes it.
 */
final class CsvRecords {

	private CsvRecords() {
	}

	static List<List<String>> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				records.add(List.copyOf(fields));
				fields.clear();
				i++;
			}
			else {
				field.append(c);
			}
		}
		if (quoted || !fields.isEmpty() || field.length() > 0) {
			throw new IllegalArgumentException("The text does not end with a complete CRLF-ended record");
		}
		return records;
	}

}
