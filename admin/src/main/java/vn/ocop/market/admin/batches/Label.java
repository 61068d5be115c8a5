package vn.ocop.market.admin.batches;

import java.time.LocalDate;

import vn.ocop.market.catalog.gs1.DigitalLink;
import vn.ocop.market.catalog.product.Gtin;

/**
 * What one label of a batch shows: the QR's link, product name, stars, lot and best
 * before. The link is the batch's GS1 Digital Link, or the short {@code /t/{code}} when
 * the product has no GTIN.
 */
record Label(String url, String productName, Integer stars, String lot, LocalDate bestBefore) {

	static Label of(Batch batch, String storefront) {
		String base = storefront.replaceAll("/+$", "");
		String url = Gtin.parse(batch.gtin())
			.map((gtin) -> DigitalLink.batch(gtin, batch.lotCode()).uri(base))
			.orElse(base + "/t/" + batch.traceCode());
		return new Label(url, batch.productName(), batch.stars(), batch.lotCode(), batch.bestBefore());
	}

	String starText() {
		return (this.stars != null) ? "★".repeat(this.stars) + " OCOP" : "OCOP";
	}

}
