package vn.ocop.market.catalog.product;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A GS1 Global Trade Item Number, always held in its 14-digit form (GTIN-8, -12 and -13
 * are left-padded with zeros, as GS1 Digital Link requires).
 */
public record Gtin(String value) {

	private static final Pattern FOURTEEN_DIGITS = Pattern.compile("[0-9]{14}");

	private static final Pattern DIGITS = Pattern.compile("[0-9]{8}|[0-9]{12,14}");

	public Gtin {
		if (value == null || !FOURTEEN_DIGITS.matcher(value).matches()
				|| checkDigit(value.substring(0, 13)) != value.charAt(13) - '0') {
			throw new IllegalArgumentException("Not a valid GTIN-14: " + value);
		}
	}

	/**
	 * Reads a GTIN of 8, 12, 13 or 14 digits (spaces ignored); empty when the length or
	 * the check digit is wrong.
	 */
	public static Optional<Gtin> parse(String text) {
		String digits = (text != null) ? text.replace(" ", "") : "";
		if (!DIGITS.matcher(digits).matches()) {
			return Optional.empty();
		}
		String padded = "0".repeat(14 - digits.length()) + digits;
		if (checkDigit(padded.substring(0, 13)) != padded.charAt(13) - '0') {
			return Optional.empty();
		}
		return Optional.of(new Gtin(padded));
	}

	/**
	 * The GS1 check digit: weights 3 and 1 alternate from the rightmost data digit.
	 */
	public static int checkDigit(String data) {
		int sum = 0;
		for (int i = 0; i < data.length(); i++) {
			int digit = data.charAt(data.length() - 1 - i) - '0';
			sum += (i % 2 == 0) ? digit * 3 : digit;
		}
		return (10 - sum % 10) % 10;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
