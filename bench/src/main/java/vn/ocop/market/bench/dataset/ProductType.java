package vn.ocop.market.bench.dataset;

import java.util.List;

import vn.ocop.market.scoring.ProductGroup;

/**
 * A kind of product that OCOP producers make, such as fish sauce or conical hats.
 *
 * @param group its OCOP group
 * @param name its generic name, which a place or brand follows in a product name
 * @param minPrice the lowest usual retail price in đồng
 * @param maxPrice the highest usual retail price in đồng
 * @param variants words that set apart several products of one producer
 */
record ProductType(ProductGroup group, String name, long minPrice, long maxPrice, List<String> variants) {

	static ProductType of(ProductGroup group, String name, long minPrice, long maxPrice, String... variants) {
		return new ProductType(group, name, minPrice, maxPrice, List.of(variants));
	}

}
