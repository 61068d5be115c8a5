package vn.ocop.market.admin.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.ocop.market.catalog.product.Gtin;
import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.text.VietnameseText;
import vn.ocop.market.scoring.IssuingLevel;
import vn.ocop.market.scoring.PartScores;
import vn.ocop.market.scoring.ProductGroup;

/**
 * One council decision read from a valid row: what gets written when it is applied.
 *
 * @param province the current province (a former name in the file maps to it)
 * @param provinceAsIssued the province as the decision names it
 * @param parts null when the file carries only the total
 * @param gtin null when the file has none
 * @param productKey the product's key, folded once: every step of an import looks it up
 */
record Decision(String decisionNo, LocalDate decisionDate, IssuingLevel level, String authority, String productName,
		ProductGroup group, String producerName, String producerKind, Province province, String provinceAsIssued,
		String district, String commune, PartScores parts, BigDecimal total, int stars, Gtin gtin, Long priceVnd,
		String ruleSet, LocalDate validUntil, ProductKey productKey) {

	/**
	 * A product is the same across files when its producer, name and current province
	 * match (after folding), unless a GTIN says otherwise.
	 */
	record ProductKey(String provinceCode, String producerFolded, String productFolded) {

		static ProductKey of(Province province, String producerName, String productName) {
			return new ProductKey(province.code(), VietnameseText.fold(producerName), VietnameseText.fold(productName));
		}

	}

}
