package vn.ocop.market.admin.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.ocop.market.admin.files.UnreadableFileException;
import vn.ocop.market.catalog.text.VietnameseText;

/**
 * The columns of a certification file. A header matches a column by its English key or
 * its Vietnamese label, whatever the case, diacritics or punctuation.
 */
enum Column {

	DECISION_NO(true, "so quyet dinh", "so qd", "quyet dinh so"),
	DECISION_DATE(true, "ngay quyet dinh", "ngay qd", "ngay ban hanh"), ISSUING_LEVEL(true, "cap cong nhan", "cap"),
	ISSUING_AUTHORITY(false, "co quan ban hanh", "co quan cong nhan"), PRODUCT_NAME(true, "ten san pham", "san pham"),
	PRODUCT_GROUP(true, "nhom san pham", "nhom", "bo san pham"),
	PRODUCER_NAME(true, "chu the", "ten chu the", "chu the san xuat"),
	PRODUCER_KIND(false, "loai hinh", "loai hinh chu the"), PROVINCE(true, "tinh thanh pho", "tinh", "tinh tp"),
	DISTRICT(false, "huyen", "quan huyen"), COMMUNE(false, "xa phuong", "xa"), SCORE_A(false, "diem phan a", "phan a"),
	SCORE_B(false, "diem phan b", "phan b"), SCORE_C(false, "diem phan c", "phan c"),
	TOTAL_SCORE(true, "tong diem", "diem"), STARS(true, "hang sao", "so sao", "xep hang"),
	GTIN(false, "ma gtin", "ma vach"), PRICE_VND(false, "gia", "gia vnd", "gia ban");

	private final boolean required;

	private final List<String> names;

	Column(boolean required, String... labels) {
		this.required = required;
		this.names = new ArrayList<>(List.of(labels));
		this.names.add(normalize(key()));
	}

	/**
	 * The English key as written in files and reports, e.g. {@code decision_no}.
	 */
	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	boolean required() {
		return this.required;
	}

	static String normalize(String header) {
		return VietnameseText.fold(header).replaceAll("[^a-z0-9]+", " ").strip();
	}

	/**
	 * Finds each column's position in a header row; unknown headers are ignored.
	 */
	static Map<Column, Integer> locate(List<String> header) {
		Map<Column, Integer> positions = new EnumMap<>(Column.class);
		for (int i = 0; i < header.size(); i++) {
			String name = normalize(header.get(i));
			for (Column column : values()) {
				if (column.names.contains(name) && positions.putIfAbsent(column, i) != null) {
					throw new UnreadableFileException("import.file.duplicate-column", header.get(i));
				}
			}
		}
		List<String> missing = new ArrayList<>();
		for (Column column : values()) {
			if (column.required && !positions.containsKey(column)) {
				missing.add(column.key());
			}
		}
		if (!missing.isEmpty()) {
			throw new UnreadableFileException("import.file.missing-columns", String.join(", ", missing));
		}
		return positions;
	}

}
