package vn.ocop.market.storefront.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.ocop.market.catalog.text.VietnameseText;
import vn.ocop.market.storefront.catalog.NamePart;

/**
 * Carries highlights found in folded text back to the original: Elasticsearch highlights
 * {@code nameFolded} ("banh phong tom"), the shopper sees "Bánh phồng tôm". Each original
 * character is folded on its own to learn which folded characters it became; when that
 * does not reproduce {@link VietnameseText#fold} exactly, nothing is highlighted rather
 * than the wrong letters.
 */
final class FoldedHighlight {

	/** Marks Elasticsearch puts around matches: control characters no name contains. */
	static final String START = "\u0002";

	static final String END = "\u0003";

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private FoldedHighlight() {
	}

	/**
	 * Splits the original text into parts, marking those whose folded form is marked in
	 * the highlighted folded text.
	 * @param original the text as the shopper sees it
	 * @param highlighted its folded form with {@link #START} and {@link #END} around
	 * matches, or {@code null} when nothing matched
	 */
	static List<NamePart> parts(String original, String highlighted) {
		if (highlighted == null) {
			return List.of(new NamePart(original, false));
		}
		String plain = highlighted.replace(START, "").replace(END, "");
		Optional<FoldMap> folding = FoldMap.of(original).filter((map) -> map.folded().equals(plain));
		if (folding.isEmpty()) {
			return List.of(new NamePart(original, false));
		}
		FoldMap map = folding.get();
		boolean[] marked = markedFoldedChars(highlighted, plain.length());
		boolean[] originalMarked = new boolean[original.length()];
		for (int i = 0; i < marked.length; i++) {
			if (marked[i]) {
				for (int j = map.start()[i]; j < map.end()[i]; j++) {
					originalMarked[j] = true;
				}
			}
		}
		return split(original, originalMarked);
	}

	private static boolean[] markedFoldedChars(String highlighted, int length) {
		boolean[] marked = new boolean[length];
		boolean inside = false;
		int position = 0;
		for (char c : highlighted.toCharArray()) {
			if (c == START.charAt(0)) {
				inside = true;
			}
			else if (c == END.charAt(0)) {
				inside = false;
			}
			else {
				marked[position++] = inside;
			}
		}
		return marked;
	}

	private static List<NamePart> split(String original, boolean[] marked) {
		List<NamePart> parts = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= original.length(); i++) {
			if (i == original.length() || marked[i] != marked[start]) {
				parts.add(new NamePart(original.substring(start, i), marked[start]));
				start = i;
			}
		}
		return parts;
	}

	/**
	 * The folded text and, for each of its characters, the range of original characters
	 * it came from.
	 */
	record FoldMap(String folded, int[] start, int[] end) {

		/**
		 * Returns the map, or empty when folding character by character differs from
		 * folding the whole text.
		 */
		static Optional<FoldMap> of(String original) {
			StringBuilder folded = new StringBuilder();
			List<int[]> ranges = new ArrayList<>();
			boolean pendingSpace = false;
			int i = 0;
			while (i < original.length()) {
				int codePoint = original.codePointAt(i);
				int next = i + Character.charCount(codePoint);
				if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
					pendingSpace = !folded.isEmpty();
				}
				else {
					String piece = foldOne(new String(Character.toChars(codePoint)));
					if (piece.isEmpty() && !ranges.isEmpty()) {
						ranges.get(ranges.size() - 1)[1] = next;
					}
					if (!piece.isEmpty() && pendingSpace) {
						folded.append(' ');
						ranges.add(new int[] { i, i });
						pendingSpace = false;
					}
					for (char c : piece.toCharArray()) {
						folded.append(c);
						ranges.add(new int[] { i, next });
					}
				}
				i = next;
			}
			String text = folded.toString();
			if (!text.equals(VietnameseText.fold(original))) {
				return Optional.empty();
			}
			return Optional.of(new FoldMap(text, ranges.stream().mapToInt((r) -> r[0]).toArray(),
					ranges.stream().mapToInt((r) -> r[1]).toArray()));
		}

		private static String foldOne(String character) {
			String lower = character.toLowerCase(Locale.ROOT).replace('đ', 'd').replace('ð', 'd');
			return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		}

	}

}
