package vn.ocop.market.storefront.search;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The fields of a search document that lists show; the indexer may add others.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record IndexedProduct(String slug, String name, String nameFolded, String producerName, String provinceCode,
		String provinceSlug, List<String> formerProvinces, String group, Integer stars, Long priceVnd,
		LocalDate certifiedOn, LocalDate validUntil, boolean listed, boolean inStockOnline) {

	static final List<String> FIELDS = List.of("slug", "name", "nameFolded", "producerName", "provinceCode",
			"provinceSlug", "formerProvinces", "group", "stars", "priceVnd", "certifiedOn", "validUntil", "listed",
			"inStockOnline");

	/**
	 * Listed and certified on the day, even before the nightly expiry job has caught up.
	 */
	boolean listedOn(LocalDate today) {
		return this.listed && this.validUntil != null && !this.validUntil.isBefore(today);
	}

}
