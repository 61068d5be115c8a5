package vn.ocop.market.admin.programme;

import vn.ocop.market.catalog.province.Province;

/**
 * What the figures cover: one province (its former provinces folded in, as producers are
 * filed under the current one) or the whole country.
 *
 * @param province null for the whole country
 */
record Area(Province province) {

	static final Area COUNTRY = new Area(null);

	/** Appended to a query that joins {@code producer r}; binds {@code :province}. */
	static final String CONDITION = "(:province = '' OR r.province_code = :province)";

	public String code() {
		return (this.province != null) ? this.province.code() : "";
	}

	public String slug() {
		return (this.province != null) ? this.province.slug() : null;
	}

}
