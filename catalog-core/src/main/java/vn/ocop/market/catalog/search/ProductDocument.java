package vn.ocop.market.catalog.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What Elasticsearch holds of one product, rebuilt from PostgreSQL by the indexer and
 * read by the storefront. {@code *Folded} fields carry the same text folded by
 * {@link vn.ocop.market.catalog.text.VietnameseText#fold} (the integ-test distribution
 * has no asciifolding filter), so "banh phong tom" finds "Bánh phồng tôm".
 *
 * @param formerProvinces the provinces before the 2025 merger that now form this one (so
 * "Hải Dương" finds products now in Hải Phòng)
 * @param certificationStatus of the current certificate: ACTIVE, EXPIRED or REVOKED
 * @param listed whether the storefront lists it as OCOP: an ACTIVE certificate of 3★+ and
 * a visible product
 * @param suggest inputs of the completion field used for autocomplete
 * @param inStockOnline whether a warehouse that ships online has units available
 * @param availableOnline how many units those warehouses have available
 * @param salesPointIds the showrooms, sales points and fairs that have it available
 */
public record ProductDocument(long id, String slug, String name, String nameFolded, String description,
		String descriptionFolded, long producerId, String producerName, String producerNameFolded, String producerKind,
		String provinceCode, String provinceSlug, String provinceName, String provinceNameFolded,
		List<String> formerProvinces, List<String> formerProvincesFolded, String group, Integer stars,
		BigDecimal totalScore, Long priceVnd, String decisionNo, LocalDate certifiedOn, LocalDate validUntil,
		String certificationStatus, boolean listed, boolean hasGtin, List<String> suggest, boolean inStockOnline,
		int availableOnline, List<Long> salesPointIds) {

}
