package vn.ocop.market.catalog.text;

import java.util.regex.Pattern;

/**
 * URL slugs from Vietnamese text: {@code "Bánh phồng tôm Sa Đéc"} becomes
 * {@code "banh-phong-tom-sa-dec"}.
 */
public final class Slugs {

	/** The longest slug {@link #of(String)} returns. */
	public static final int MAX_LENGTH = 80;

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/**
	 * Returns the slug of the given text: folded, every run of other characters than
	 * {@code a-z} and {@code 0-9} as one dash, no leading or trailing dash, at most
	 * {@value #MAX_LENGTH} characters, cut after a whole word when there is one.
	 * @param text the text, may be {@code null}
	 * @return the slug, empty when the text has no letter or digit
	 */
	public static String of(String text) {
		String slug = trimDashes(NOT_ALPHANUMERIC.matcher(VietnameseText.fold(text)).replaceAll("-"));
		if (slug.length() <= MAX_LENGTH) {
			return slug;
		}
		if (slug.charAt(MAX_LENGTH) == '-') {
			return slug.substring(0, MAX_LENGTH);
		}
		int lastDash = slug.lastIndexOf('-', MAX_LENGTH);
		return (lastDash > 0) ? slug.substring(0, lastDash) : slug.substring(0, MAX_LENGTH);
	}

	private static String trimDashes(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && s.charAt(start) == '-') {
			start++;
		}
		while (end > start && s.charAt(end - 1) == '-') {
			end--;
		}
		return s.substring(start, end);
	}

}
