package vn.ocop.market.bench.dataset;

import java.time.LocalDate;
import java.util.Set;

import vn.ocop.market.scoring.IssuingLevel;

/**
 * Who issued a decision and how it names its province, as of the decision's date.
 */
final class Issuers {

	/** Districts were abolished and 63 provinces merged into 34. */
	static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

	// Thừa Thiên Huế became the centrally run city of Huế on 1 January 2025.
	private static final LocalDate HUE_CITY = LocalDate.of(2025, 1, 1);

	private static final String THUA_THIEN_HUE = "46";

	// The ministries of agriculture and of environment merged on 1 March 2025.
	private static final LocalDate MINISTRY_MERGER = LocalDate.of(2025, 3, 1);

	private static final Set<String> CITIES = Set.of("Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Cần Thơ");

	private static final String CITY = "Thành phố ";

	private Issuers() {
	}

	/**
	 * The province as a decision of the given date names it: the former province before
	 * the merger, the current one from it.
	 */
	static String provinceName(Producer producer, LocalDate date) {
		boolean current = !date.isBefore(MERGER)
				|| (producer.former().code().equals(THUA_THIEN_HUE) && !date.isBefore(HUE_CITY));
		return current ? producer.province().nameVi() : producer.former().nameVi();
	}

	/**
	 * The province name with the word for its kind, "Tỉnh Bến Tre" or "Thành phố Cần
	 * Thơ".
	 */
	static String withKind(String provinceName) {
		if (provinceName.startsWith(CITY)) {
			return provinceName;
		}
		return (CITIES.contains(provinceName) ? CITY : "Tỉnh ") + provinceName;
	}

	static String authority(IssuingLevel level, Producer producer, String provinceName, LocalDate date) {
		return switch (level) {
			case CENTRAL -> date.isBefore(MINISTRY_MERGER) ? "Bộ Nông nghiệp và Phát triển nông thôn"
					: "Bộ Nông nghiệp và Môi trường";
			case PROVINCE -> "UBND " + lowerFirst(withKind(provinceName));
			case DISTRICT -> "UBND " + lowerFirst(producer.district());
		};
	}

	/**
	 * A decision number such as "1234/QĐ-UBND". Numbers grow through the year, so one
	 * authority's decisions of one day share a number, as one decision lists many
	 * products.
	 */
	static String decisionNo(IssuingLevel level, String authority, LocalDate date) {
		int number = date.getDayOfYear() * 8 + Math.floorMod(authority.hashCode(), 8) + 1;
		String suffix = "/QĐ-UBND";
		if (level == IssuingLevel.CENTRAL) {
			suffix = date.isBefore(MINISTRY_MERGER) ? "/QĐ-BNN-KTHT" : "/QĐ-BNNMT";
		}
		return number + suffix;
	}

	// "UBND Thành phố Hồ Chí Minh" keeps its capital: it is part of the city's name.
	private static String lowerFirst(String words) {
		if (words.startsWith(CITY + "Hồ Chí Minh")) {
			return words;
		}
		return Character.toLowerCase(words.charAt(0)) + words.substring(1);
	}

}
