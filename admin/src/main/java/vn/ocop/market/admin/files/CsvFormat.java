package vn.ocop.market.admin.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 (with or without a byte order mark), separated by commas or, as
 * Vietnamese Excel exports them, semicolons.
 */
public final class CsvFormat {

	private CsvFormat() {
	}

	public static Sheet read(byte[] content) {
		String text = decode(content);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<List<String>> records = parse(text, delimiter(text));
		if (records.isEmpty()) {
			throw new UnreadableFileException("import.file.empty");
		}
		List<Sheet.Line> lines = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			lines.add(new Sheet.Line(i + 1, records.get(i)));
		}
		return new Sheet(records.get(0), lines);
	}

	private static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFileException("import.file.not-utf8");
		}
	}

	/**
	 * The separator that splits the header line into more fields.
	 */
	public static char delimiter(String text) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length() && (quoted || (text.charAt(i) != '\n' && text.charAt(i) != '\r')); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return (semicolons > commas) ? ';' : ',';
	}

	public static List<List<String>> parse(String text, char delimiter) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean pending = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			pending = true;
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
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == delimiter) {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				records.add(record);
				record = new ArrayList<>();
				field.setLength(0);
				pending = false;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new UnreadableFileException("import.file.unclosed-quote");
		}
		if (pending) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

}
