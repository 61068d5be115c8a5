package vn.ocop.market.admin.programme;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.ocop.market.catalog.web.Formats;

/**
 * The period a report covers: a month, a quarter, a year, or any dates an integration
 * asks for.
 */
record ReportPeriod(Kind kind, LocalDate from, LocalDate to) {

	enum Kind {

		MONTH, QUARTER, YEAR, DATES

	}

	ReportPeriod {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("report.error.dates");
		}
	}

	static ReportPeriod month(int year, int month) {
		YearMonth ym = YearMonth.of(year, month);
		return new ReportPeriod(Kind.MONTH, ym.atDay(1), ym.atEndOfMonth());
	}

	static ReportPeriod quarter(int year, int quarter) {
		LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
		return new ReportPeriod(Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
	}

	static ReportPeriod year(int year) {
		return new ReportPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/**
	 * The period of that kind holding the day.
	 */
	static ReportPeriod containing(Kind kind, LocalDate day) {
		return switch (kind) {
			case MONTH -> month(day.getYear(), day.getMonthValue());
			case QUARTER -> quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
			case YEAR, DATES -> year(day.getYear());
		};
	}

	String label(MessageSource messages, Locale locale) {
		Object[] args = switch (this.kind) {
			case MONTH -> new Object[] { this.from.getMonthValue(), String.valueOf(this.from.getYear()) };
			case QUARTER -> new Object[] { number(), String.valueOf(this.from.getYear()) };
			case YEAR -> new Object[] { String.valueOf(this.from.getYear()) };
			case DATES -> new Object[] { Formats.date(this.from), Formats.date(this.to) };
		};
		return messages.getMessage("report.period." + this.kind, args, locale);
	}

	/** The month or quarter within the year, for links; 1 for a year. */
	public int number() {
		return switch (this.kind) {
			case MONTH -> this.from.getMonthValue();
			case QUARTER -> (this.from.getMonthValue() + 2) / 3;
			case YEAR, DATES -> 1;
		};
	}

	public int year() {
		return this.from.getYear();
	}

	/** For file names: 2026-11, 2026-q4, 2026, 2026-01-01_2026-06-30. */
	String code() {
		return switch (this.kind) {
			case MONTH -> YearMonth.from(this.from).toString();
			case QUARTER -> this.from.getYear() + "-q" + number();
			case YEAR -> String.valueOf(this.from.getYear());
			case DATES -> this.from + "_" + this.to;
		};
	}

}
