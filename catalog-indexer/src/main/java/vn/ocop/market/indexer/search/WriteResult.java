package vn.ocop.market.indexer.search;

import java.util.Map;

/**
 * What a bulk write left undone: the products whose document was refused, with the
 * reason.
 */
public record WriteResult(Map<Long, String> failures) {

	public WriteResult {
		failures = Map.copyOf(failures);
	}

	public boolean failed(long productId) {
		return this.failures.containsKey(productId);
	}

}
