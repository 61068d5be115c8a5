package vn.ocop.market.bench.dataset;

import vn.ocop.market.catalog.product.Gtin;

/**
 * GTIN-13s of Vietnamese producers: GS1 Vietnam's prefix 893, a five-digit company
 * number, a four-digit item reference and the check digit.
 */
final class Gtin13 {

	private Gtin13() {
	}

	static String of(String companyPrefix, int itemReference) {
		String data = "893" + companyPrefix + String.format("%04d", itemReference);
		if (data.length() != 12) {
			throw new IllegalArgumentException("Not 12 data digits: " + data);
		}
		return data + Gtin.checkDigit(data);
	}

}
