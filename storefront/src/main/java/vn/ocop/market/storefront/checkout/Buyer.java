package vn.ocop.market.storefront.checkout;

import java.util.Locale;

/**
 * Who an order goes to: the name, a Vietnamese phone number (0xxxxxxxxx, written as typed
 * with spaces, dots or +84), an optional e-mail, the province and the rest of the
 * address.
 */
public record Buyer(String name, String phone, String email, String provinceCode, String address) {

	/**
	 * The phone as stored: ten digits starting with 0; null when it is not one.
	 */
	public static String phone(String typed) {
		if (typed == null) {
			return null;
		}
		String digits = typed.replaceAll("[\\s.\\-()]", "");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() == 11) {
			digits = "0" + digits.substring(2);
		}
		return digits.matches("0[0-9]{9}") ? digits : null;
	}

	public static String email(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String email = typed.strip().toLowerCase(Locale.ROOT);
		return email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? email : null;
	}

}
