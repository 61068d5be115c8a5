package vn.ocop.market.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The OCOP product groups. The union of both national classifications: textiles exist
 * only under 1048/2019 and ornamental plants and animals only from 148/2023, so a rule
 * set says which of these it accepts.
 */
public enum ProductGroup {

	FOOD("Thực phẩm", "Food", "foods", "foodstuff", "nhóm thực phẩm"),

	BEVERAGES("Đồ uống", "Beverages", "beverage", "drinks", "nhóm đồ uống"),

	HERBAL("Thảo dược", "Herbal products", "herbal", "herbs", "medicinal herbs", "dược liệu",
			"dược liệu và sản phẩm từ dược liệu", "sản phẩm từ dược liệu", "nhóm thảo dược"),

	HANDICRAFTS("Thủ công mỹ nghệ", "Handicrafts", "handicraft", "handicrafts and decoration",
			"lưu niệm - nội thất - trang trí", "lưu niệm nội thất trang trí", "nhóm thủ công mỹ nghệ"),

	TEXTILES("Vải và may mặc", "Textiles and garments", "textiles", "textile", "garments", "vải may mặc", "may mặc"),

	ORNAMENTAL("Sinh vật cảnh", "Ornamental plants and animals", "ornamental", "ornamentals", "cây cảnh"),

	TOURISM("Dịch vụ du lịch cộng đồng", "Community tourism services", "tourism", "rural tourism", "community tourism",
			"du lịch", "dịch vụ du lịch", "du lịch cộng đồng", "du lịch nông thôn",
			"dịch vụ du lịch nông thôn và bán hàng", "dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch");

	private static final Aliases<ProductGroup> ALIASES = new Aliases<>(values(), (constant) -> constant.words);

	private final String labelVi;

	private final String labelEn;

	private final List<String> words;

	ProductGroup(String labelVi, String labelEn, String... aliases) {
		this.labelVi = labelVi;
		this.labelEn = labelEn;
		this.words = Aliases.words(labelVi, labelEn, aliases);
	}

	/**
	 * The stable lowercase code used in files, URLs and the database.
	 * @return the code, such as {@code food}
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String labelVi() {
		return this.labelVi;
	}

	public String labelEn() {
		return this.labelEn;
	}

	/**
	 * Reads a group as written in a decision or an import file, including the names both
	 * national classifications use.
	 * @param text code, English name or Vietnamese name, with or without diacritics
	 * @return the group, or empty when the text names none
	 */
	public static Optional<ProductGroup> parse(String text) {
		return ALIASES.find(text);
	}

}
