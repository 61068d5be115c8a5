package vn.ocop.market.admin.imports;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import vn.ocop.market.catalog.product.Gtin;

/**
 * What the catalog already knows of the products a file names: enough to classify each
 * row without another query.
 */
record KnownProducts(Map<Gtin, Long> byGtin, Map<Decision.ProductKey, Long> byKey, Map<Long, Gtin> gtinOf,
		Map<Long, Current> current, Set<DecisionRef> decisions) {

	static KnownProducts none() {
		return new KnownProducts(Map.of(), Map.of(), Map.of(), Map.of(), Set.of());
	}

	/**
	 * A product's current certificate: its newest decision.
	 */
	record Current(String decisionNo, LocalDate decisionDate, int stars) {

	}

	record DecisionRef(long productId, String decisionNo, LocalDate decisionDate) {

	}

}
