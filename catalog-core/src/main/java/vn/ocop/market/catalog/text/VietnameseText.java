package vn.ocop.market.catalog.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for matching and search: lower case, no tone or vowel marks,
 * {@code đ} as {@code d}, single spaces.
 * <p>
 * {@link #definition} says what folding is; {@link #fold} gives the same answer in one
 * pass over the text, each character looked up in a table that the definition filled for
 * the Latin letters, their marks and every space character, so Vietnamese in either
 * normal form never reaches the regular expressions and the normalizer (on an import of
 * 10 000 rows, they were half of the rule checks' time). Text with any other character is
 * folded by the definition itself.
 */
public final class VietnameseText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	/** The table's answer for a character the definition drops (a mark). */
	private static final char DROP = '\uFFFF';

	/** The table's answer for a space character: runs of them become one space. */
	private static final char SPACE = '\uFFFE';

	/** The table's answer for a character it does not cover: fold by the definition. */
	private static final char OTHER = '\uFFFD';

	/** The Latin letters with their marks end at U+1EFF (Latin Extended Additional). */
	private static final char[] TABLE = table('\u1F00');

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
		StringBuilder folded = new StringBuilder(s.length());
		boolean space = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			char f = (c < TABLE.length) ? TABLE[c] : OTHER;
			if (f == SPACE) {
				space = true;
			}
			else if (f == OTHER) {
				return definition(s);
			}
			else if (f != DROP) {
				if (space && !folded.isEmpty()) {
					folded.append(' ');
				}
				space = false;
				folded.append(f);
			}
		}
		return folded.toString();
	}

	/**
	 * What folding is: lower case, canonical decomposition without its marks, {@code đ}
	 * and its look-alike eth as {@code d}, every run of white space one space, none at
	 * either end.
	 */
	static String definition(String s) {
		// Files converted from legacy encodings often carry the look-alike eth (Ð/ð)
		// instead of đ.
		String lower = s.toLowerCase(Locale.ROOT).replace('đ', 'd').replace('ð', 'd');
		String unmarked = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		return WHITESPACE.matcher(unmarked).replaceAll(" ").strip();
	}

	/**
	 * Each character's fold on its own, where folding a text character by character gives
	 * the definition's answer: the character folds to one character that is not space, to
	 * nothing, or is white space itself. Control characters that {@code strip} would take
	 * at the ends but the white space runs do not match, surrogates and the one character
	 * whose lower case depends on its neighbours (the Greek capital sigma, σ or final ς)
	 * are left to the definition.
	 */
	private static char[] table(char size) {
		char[] table = new char[size];
		for (char c = 0; c < size; c++) {
			String one = String.valueOf(c);
			String folded = definition(one);
			if (WHITESPACE.matcher(one).matches()) {
				table[c] = SPACE;
			}
			else if (Character.isWhitespace(c) || Character.isSurrogate(c) || c == 'Σ') {
				table[c] = OTHER;
			}
			else if (folded.isEmpty() && MARKS.matcher(one).matches()) {
				table[c] = DROP;
			}
			else if (folded.length() == 1 && !Character.isWhitespace(folded.charAt(0))) {
				table[c] = folded.charAt(0);
			}
			else {
				table[c] = OTHER;
			}
		}
		return table;
	}

}
