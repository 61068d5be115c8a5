package vn.ocop.market.scoring;

import java.util.List;
import java.util.Optional;

/**
 * The level of government whose council issued a decision. It matters because each rule
 * set lets only some levels certify some stars, and districts stopped existing on 1 July
 * 2025.
 */
public enum IssuingLevel {

	DISTRICT("huyện", "district", "district level", "cấp huyện", "quận", "cấp quận", "thị xã", "quận huyện"),

	PROVINCE("tỉnh", "province", "provincial", "province level", "cấp tỉnh", "thành phố",
			"thành phố trực thuộc trung ương", "tỉnh thành phố"),

	CENTRAL("trung ương", "central", "central level", "national", "cấp trung ương", "quốc gia", "cấp quốc gia");

	private static final Aliases<IssuingLevel> ALIASES = new Aliases<>(values(), (constant) -> constant.words);

	private final String labelVi;

	private final String labelEn;

	private final List<String> words;

	IssuingLevel(String labelVi, String labelEn, String... aliases) {
		this.labelVi = labelVi;
		this.labelEn = labelEn;
		this.words = Aliases.words(labelVi, labelEn, aliases);
	}

	public String labelVi() {
		return this.labelVi;
	}

	public String labelEn() {
		return this.labelEn;
	}

	/**
	 * Reads a level as written in a decision or an import file.
	 * @param text English code or Vietnamese words, with or without diacritics
	 * @return the level, or empty when the text names none
	 */
	public static Optional<IssuingLevel> parse(String text) {
		return ALIASES.find(text);
	}

}
