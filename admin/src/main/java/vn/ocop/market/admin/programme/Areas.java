package vn.ocop.market.admin.programme;

import java.util.Locale;

import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	Areas(ProvinceRegistry provinces, MessageSource messages) {
		this.provinces = provinces;
		this.messages = messages;
	}

	/**
	 * "Cả nước" or the province's name, in the reader's language.
	 */
	String name(Area area, Locale locale) {
		if (area.province() == null) {
			return this.messages.getMessage("dashboard.country", null, locale);
		}
		return "en".equals(locale.getLanguage()) ? area.province().nameEn() : area.province().nameVi();
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
