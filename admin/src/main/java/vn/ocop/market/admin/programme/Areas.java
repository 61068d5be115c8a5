package vn.ocop.market.admin.programme;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * Reads the area a request asks for: a current province's slug, or nothing for the whole
 * country.
 */
@Component
class Areas {

	private final ProvinceRegistry provinces;

	Areas(ProvinceRegistry provinces) {
		this.provinces = provinces;
	}

	/**
	 * @throws ResponseStatusException 404 for a slug no current province has
	 */
	Area of(String slug) {
		if (slug == null || slug.isBlank()) {
			return Area.COUNTRY;
		}
		return this.provinces.bySlug(slug)
			.map(Area::new)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "report.error.province"));
	}

}
