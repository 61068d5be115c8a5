package vn.ocop.market.storefront.product;

import java.time.Instant;
import java.util.List;

import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.catalog.ProductCard;

/**
 * A product as its page shows it, read from PostgreSQL.
 *
 * @param images addresses of photos, only site-relative or https ones
 * @param storyMd the product's story in Markdown, untrusted
 */
record ProductDetails(long id, String slug, String name, ProductGroup group, String productSet, String description,
		String storyMd, Long priceVnd, String unit, String gtin, List<String> images, Instant updatedAt,
		long producerId) {

	public String initials() {
		return ProductCard.initialsOf(this.name);
	}

}
