package vn.ocop.market.catalog.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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

	/**
	 * A whole number with dots between thousands (1.234.567). Written by hand rather than
	 * with a {@code DecimalFormat} built per call: a listing prints some sixty of them.
	 */
	public static String number(long value) {
		String digits = Long.toString(value);
		int sign = (value < 0) ? 1 : 0;
		int length = digits.length() - sign;
		if (length <= 3) {
			return digits;
		}
		StringBuilder out = new StringBuilder(digits.length() + (length - 1) / 3);
		out.append(digits, 0, sign);
		for (int i = 0; i < length; i++) {
			if (i > 0 && (length - i) % 3 == 0) {
				out.append('.');
			}
			out.append(digits.charAt(sign + i));
		}
		return out.toString();
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
