package vn.ocop.market.admin.imports;

import java.util.HashMap;
import java.util.Map;

/**
 * Which rows of one file name the same product: the same producer and product name in the
 * same province, or the same GTIN. A product is known by the line it first appears on.
 */
final class SameProduct {

	private final Map<Object, Integer> firstLineOf = new HashMap<>();

	/**
	 * @return the line the decision's product first appeared on, this line if it is new
	 */
	int firstLine(Decision decision, int line) {
		Integer byKey = this.firstLineOf.get(decision.productKey());
		Integer byGtin = (decision.gtin() != null) ? this.firstLineOf.get(decision.gtin()) : null;
		int first = (byKey != null) ? byKey : (byGtin != null) ? byGtin : line;
		this.firstLineOf.putIfAbsent(decision.productKey(), first);
		if (decision.gtin() != null) {
			this.firstLineOf.putIfAbsent(decision.gtin(), first);
		}
		return first;
	}

}
