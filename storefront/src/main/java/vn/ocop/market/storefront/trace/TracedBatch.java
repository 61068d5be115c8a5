package vn.ocop.market.storefront.trace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.ocop.market.catalog.gs1.DigitalLink;
import vn.ocop.market.catalog.product.Gtin;
import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.catalog.ProductCard;

/**
 * A batch (lot) with the product it belongs to, as its traceability page shows it.
 *
 * @param gtin the product's GTIN-14, {@code null} when it has none
 * @param originProvince where the raw material comes from, {@code null} when not declared
 * @param images the product's photos, only site-relative or https ones
 */
record TracedBatch(long id, String lotCode, LocalDate producedOn, LocalDate bestBefore, Integer quantity,
		String originPlace, Province originProvince, Instant recalledAt, String recallReason, String traceCode,
		long productId, String slug, String productName, ProductGroup group, String gtin, List<String> images,
		long producerId) {

	/**
	 * The address printed in the QR code: the GS1 Digital Link when the product has a
	 * GTIN, the short {@code /t/} path otherwise.
	 */
	String path() {
		return (this.gtin != null) ? DigitalLink.batch(new Gtin(this.gtin), this.lotCode).path()
				: "/t/" + this.traceCode;
	}

	String productPath() {
		return "/san-pham/" + this.slug;
	}

	public boolean recalled() {
		return this.recalledAt != null;
	}

	public boolean expiredOn(LocalDate today) {
		return this.bestBefore != null && this.bestBefore.isBefore(today);
	}

	public String initials() {
		return ProductCard.initialsOf(this.productName);
	}

}
