package vn.ocop.market.bench.dataset;

import vn.ocop.market.catalog.province.FormerProvince;
import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.scoring.ProductGroup;

/**
 * A producer of the generated file and everything its rows share.
 *
 * @param name the name on its decisions
 * @param kind its kind
 * @param group the group of all its products
 * @param province the province it is in now
 * @param former the province it was in before 1 July 2025
 * @param district its district before 1 July 2025, such as "Huyện Lai Vung"
 * @param commune its commune, such as "Xã Tân Phú"
 * @param qualifier what follows a product's generic name: a place or brand
 * @param companyPrefix its GS1 company prefix after 893, {@code null} without one
 * @param productCount how many products it has certified
 */
record Producer(String name, ProducerKind kind, ProductGroup group, Province province, FormerProvince former,
		String district, String commune, String qualifier, String companyPrefix, int productCount) {

	/** The most products one producer gets, so each can be of a different kind. */
	static final int MAX_PRODUCTS = 5;

}
