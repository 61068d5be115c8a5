package vn.ocop.market.catalog.province;

import java.util.Objects;
import java.util.Set;

/**
 * A province or centrally run city in force since 1 July 2025 (Resolution 202/2025/QH15).
 *
 * @param code the two-digit administrative code, for example {@code "82"}
 * @param slug the URL slug, for example {@code "dong-thap"}
 * @param nameVi the Vietnamese name, for example {@code "Đồng Tháp"}
 * @param nameEn the English name, for example {@code "Dong Thap"}
 * @param region one of {@link #REGIONS}
 */
public record Province(String code, String slug, String nameVi, String nameEn, String region) {

	/** The socio-economic regions, as codes. */
	public static final Set<String> REGIONS = Set.of("northern-midlands-mountains", "red-river-delta", "north-central",
			"south-central-coast", "central-highlands", "southeast", "mekong-delta");

	public Province {
		requireCode(code);
		Objects.requireNonNull(slug, "slug");
		Objects.requireNonNull(nameVi, "nameVi");
		Objects.requireNonNull(nameEn, "nameEn");
		if (!REGIONS.contains(region)) {
			throw new IllegalArgumentException("Unknown region '" + region + "' of province " + code);
		}
	}

	static void requireCode(String code) {
		if (code == null || !code.matches("[0-9]{2}")) {
			throw new IllegalArgumentException("A province code has two digits, not '" + code + "'");
		}
	}

}
