package vn.ocop.market.catalog.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for matching and search: lower case, no tone or vowel marks,
 * {@code đ} as {@code d}, single spaces.
 */
public final class VietnameseText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private VietnameseText() {
	}

	/**
	 * Folds the given text, for example {@code "  Bánh  phồng tôm ĐỒNG THÁP"} to
	 * {@code "banh phong tom dong thap"}.
	 * @param s the text, may be {@code null}
	 * @return the folded text, empty for {@code null}
	 */
	public static String fold(String s) {
		if (s == null) {
			return "";
		}
		// Files converted from legacy encodings often carry the look-alike eth (Ð/ð)
		// instead of đ.
		String lower = s.toLowerCase(Locale.ROOT).replace('đ', 'd').replace('ð', 'd');
		String unmarked = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		return WHITESPACE.matcher(unmarked).replaceAll(" ").strip();
	}

}
