package vn.ocop.market.catalog.stock;

/**
 * Where stock is kept: a warehouse (which may ship online orders), a showroom or sales
 * point ("điểm giới thiệu và bán sản phẩm OCOP"), or a fair with its dates.
 */
public enum LocationKind {

	WAREHOUSE, SHOWROOM, FAIR

}
