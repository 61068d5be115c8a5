package vn.ocop.market.catalog.province;

import java.util.Objects;

/**
 * One of the 63 provinces and cities before 1 July 2025, as decisions of that time name
 * them.
 *
 * @param code the two-digit code it had, which may equal an unrelated current code
 * @param slug the URL slug, for example {@code "hai-duong"}
 * @param nameVi the Vietnamese name, for example {@code "Hải Dương"}
 * @param provinceCode the code of the {@link Province} it is part of now
 */
public record FormerProvince(String code, String slug, String nameVi, String provinceCode) {

	public FormerProvince {
		Province.requireCode(code);
		Objects.requireNonNull(slug, "slug");
		Objects.requireNonNull(nameVi, "nameVi");
		Province.requireCode(provinceCode);
	}

}
