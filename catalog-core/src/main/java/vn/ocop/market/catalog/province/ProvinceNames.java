package vn.ocop.market.catalog.province;

import java.util.Map;
import java.util.regex.Pattern;

import vn.ocop.market.catalog.text.VietnameseText;

import static java.util.Map.entry;

/**
 * How a province name is compared: as a key without diacritics, case, spaces, punctuation
 * or the "Tỉnh"/"Thành phố"/"TP." prefix, so that {@code "TP. Hồ Chí Minh"},
 * {@code "hochiminh"} and {@code "Hồ Chí Minh"} are the same name.
 */
final class ProvinceNames {

	/**
	 * Spellings found in decisions and forms that are no official name, mapped to the
	 * official current or former name they mean.
	 */
	static final Map<String, String> ALIASES = Map.ofEntries(entry("Đắc Lắc", "Đắk Lắk"), entry("Đắc Lắk", "Đắk Lắk"),
			entry("Đắk Lắc", "Đắk Lắk"), entry("Đắc Nông", "Đắk Nông"), entry("Bắc Cạn", "Bắc Kạn"),
			entry("HCM", "Thành phố Hồ Chí Minh"), entry("Sài Gòn", "Thành phố Hồ Chí Minh"),
			entry("BR-VT", "Bà Rịa - Vũng Tàu"), entry("TT Huế", "Thừa Thiên Huế"), entry("TT-Huế", "Thừa Thiên Huế"));

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	// "TPHCM" has no separator, so prefixes are dropped from the key, where no province
	// name starts with them.
	private static final Pattern PREFIX = Pattern.compile("^(thanhpho|tinh|tp)");

	private static final Pattern ENGLISH_SUFFIX = Pattern.compile("(province|city)$");

	private ProvinceNames() {
	}

	static String key(String name) {
		String compact = NOT_ALPHANUMERIC.matcher(VietnameseText.fold(name)).replaceAll("");
		String withoutPrefix = PREFIX.matcher(compact).replaceFirst("");
		return ENGLISH_SUFFIX.matcher(withoutPrefix).replaceFirst("");
	}

}
