package vn.ocop.market.scoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds an enum constant by any of the words people write for it in council decisions and
 * import files. Words are compared folded (no diacritics, no case, punctuation as
 * spaces), because files mix "Cấp tỉnh", "cap tinh" and "CẤP TỈNH". Scoring folds on its
 * own rather than borrow catalog-core's folding, since dependencies point the other way.
 *
 * @param <E> the vocabulary
 */
final class Aliases<E extends Enum<E>> {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private final Map<String, E> byKey = new HashMap<>();

	Aliases(E[] constants, Function<E, List<String>> words) {
		for (E constant : constants) {
			add(constant.name(), constant);
			for (String word : words.apply(constant)) {
				add(word, constant);
			}
		}
	}

	/**
	 * Lists a constant's words, its labels first, so an enum can keep them in one field.
	 * @param labelVi the Vietnamese label
	 * @param labelEn the English label
	 * @param more other spellings in use
	 * @return all the words
	 */
	static List<String> words(String labelVi, String labelEn, String... more) {
		List<String> words = new ArrayList<>(List.of(labelVi, labelEn));
		words.addAll(List.of(more));
		return List.copyOf(words);
	}

	private void add(String word, E constant) {
		E previous = this.byKey.putIfAbsent(key(word), constant);
		if (previous != null && previous != constant) {
			throw new IllegalStateException("'" + word + "' would mean both " + previous + " and " + constant);
		}
	}

	Optional<E> find(String text) {
		return (text != null) ? Optional.ofNullable(this.byKey.get(key(text))) : Optional.empty();
	}

	private static String key(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
		return SEPARATORS.matcher(bare).replaceAll(" ").trim();
	}

}
