package vn.ocop.market.admin.imports;

import java.math.BigDecimal;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.ocop.market.admin.files.Sheet;

/**
 * Reads the cells of one line as typed values, collecting an error for each cell that is
 * missing or malformed instead of stopping at the first.
 */
final class FieldReader {

	private static final List<DateTimeFormatter> DATES = List.of(
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern STARS_UNIT = Pattern.compile("(?i)\\s*(sao|★|stars?)$");

	private static final Pattern STARS = Pattern.compile("[0-9]");

	private static final Pattern MONEY_NOISE = Pattern.compile("(?i)[\\s.,]|đ$|vnd$|vnđ$");

	private static final Pattern MONEY = Pattern.compile("[0-9]{1,12}");

	private final Sheet.Line line;

	private final Map<Column, Integer> columns;

	private final List<RowError> errors = new ArrayList<>();

	FieldReader(Sheet.Line line, Map<Column, Integer> columns) {
		this.line = line;
		this.columns = columns;
	}

	List<RowError> errors() {
		return this.errors;
	}

	void add(RowError error) {
		this.errors.add(error);
	}

	String text(Column column) {
		Integer index = this.columns.get(column);
		String value = (index != null) ? this.line.cell(index) : "";
		if (value.isEmpty() && column.required()) {
			this.errors.add(new RowError(ErrorCode.MISSING_FIELD, column));
		}
		return value.isEmpty() ? null : singleSpaced(value);
	}

	/**
	 * Runs of whitespace as one space; most cells have none, and skip the regex.
	 */
	private static String singleSpaced(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean run = i + 1 < value.length() && Character.isWhitespace(value.charAt(i + 1));
			if (Character.isWhitespace(c) && (c != ' ' || run)) {
				return WHITESPACE.matcher(value).replaceAll(" ");
			}
		}
		return value;
	}

	/**
	 * Whether the cell holds anything, without judging it.
	 */
	boolean peek(Column column) {
		Integer index = this.columns.get(column);
		return index != null && !this.line.cell(index).isEmpty();
	}

	LocalDate date(Column column) {
		return typed(column, ErrorCode.BAD_DATE, FieldReader::parseDate);
	}

	/**
	 * Scores: a decimal with a dot or a comma, at most two decimals.
	 */
	BigDecimal decimal(Column column) {
		return typed(column, ErrorCode.BAD_NUMBER, (text) -> {
			BigDecimal value = new BigDecimal(text.replace(',', '.'));
			return (value.scale() <= 2) ? value : null;
		});
	}

	Integer stars(Column column) {
		return typed(column, ErrorCode.BAD_NUMBER, (text) -> {
			String digits = STARS_UNIT.matcher(text).replaceAll("");
			return STARS.matcher(digits).matches() ? Integer.valueOf(digits) : null;
		});
	}

	/**
	 * Whole đồng, with or without thousands separators ("35.000", "35 000").
	 */
	Long money(Column column) {
		return typed(column, ErrorCode.BAD_NUMBER, (text) -> {
			String digits = MONEY_NOISE.matcher(text).replaceAll("");
			return MONEY.matcher(digits).matches() ? Long.valueOf(digits) : null;
		});
	}

	<T> T parsed(Column column, ErrorCode code, Function<String, Optional<T>> parser) {
		return typed(column, code, (text) -> parser.apply(text).orElse(null));
	}

	private <T> T typed(Column column, ErrorCode code, Function<String, T> parser) {
		String text = text(column);
		if (text == null) {
			return null;
		}
		T value;
		try {
			value = parser.apply(text);
		}
		catch (RuntimeException ex) {
			value = null;
		}
		if (value == null) {
			this.errors.add(new RowError(code, column, text));
		}
		return value;
	}

	/**
	 * The first format the text fits and makes a date of; a format whose shape it does
	 * not fit is passed over without the cost of an exception (files mix the formats).
	 */
	private static LocalDate parseDate(String text) {
		for (DateTimeFormatter format : DATES) {
			ParsePosition position = new ParsePosition(0);
			if (format.parseUnresolved(text, position) == null || position.getIndex() != text.length()) {
				continue;
			}
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// fits the shape but is no date (31/02): try the next format
			}
		}
		return null;
	}

}
