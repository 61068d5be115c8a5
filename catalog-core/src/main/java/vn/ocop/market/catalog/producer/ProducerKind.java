package vn.ocop.market.catalog.producer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.ocop.market.catalog.text.VietnameseText;

/**
 * The legal form of an OCOP subject ("chủ thể").
 */
public enum ProducerKind {

	DN("Doanh nghiệp", "Enterprise", "doanh nghiep", "cong ty", "enterprise"),
	HTX("Hợp tác xã", "Cooperative", "hop tac xa", "cooperative"),
	THT("Tổ hợp tác", "Cooperative group", "to hop tac", "cooperative group"),
	HKD("Hộ kinh doanh", "Household business", "ho kinh doanh", "ho san xuat", "household business", "household");

	private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z ]");

	private final String labelVi;

	private final String labelEn;

	private final List<String> names;

	ProducerKind(String labelVi, String labelEn, String... names) {
		this.labelVi = labelVi;
		this.labelEn = labelEn;
		this.names = List.of(names);
	}

	public String labelVi() {
		return this.labelVi;
	}

	public String labelEn() {
		return this.labelEn;
	}

	/**
	 * Reads the code ("HTX") or the Vietnamese or English name, with or without
	 * diacritics.
	 */
	public static Optional<ProducerKind> parse(String text) {
		String folded = NOT_LETTERS.matcher(VietnameseText.fold(text)).replaceAll("").strip();
		return Arrays.stream(values())
			.filter((kind) -> kind.name().equalsIgnoreCase(folded) || kind.names.contains(folded))
			.findFirst();
	}

}
