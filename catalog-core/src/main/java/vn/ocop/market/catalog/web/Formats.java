package vn.ocop.market.catalog.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How both page apps write money and time for people: đồng with dots as in Vietnam
 * (65.000 ₫), dates as dd/MM/yyyy, instants on Vietnam's clock.
 */
public final class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private Formats() {
	}

	public static String price(Long vnd) {
		return (vnd != null) ? number(vnd) + " ₫" : null;
	}

	public static String number(long value) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator('.');
		return new DecimalFormat("#,##0", symbols).format(value);
	}

	/**
	 * An instant as Vietnam's clock showed it: 07:30 15/03/2024.
	 */
	public static String time(Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(VietnamWebConfiguration.VIETNAM)) : null;
	}

	public static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : null;
	}

}
