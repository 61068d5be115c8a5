package vn.ocop.market.storefront.feed;

import java.time.LocalDate;
import java.util.List;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.scoring.ProductGroup;

/**
 * A listed product as the feeds give it to marketplaces and ad channels.
 *
 * @param photos addresses of its photos, only site-relative or https ones, the main one
 * first
 * @param stockOnline the units warehouses that ship online have available
 * @param certificateNo the number of the decision that certified it
 */
record FeedItem(long id, String slug, String name, String description, ProductGroup group, int stars, Long priceVnd,
		String gtin, String producerName, Province province, List<String> photos, int stockOnline, String certificateNo,
		LocalDate certificateValidUntil) {

	FeedItem {
		photos = List.copyOf(photos);
	}

	/**
	 * Whether it has a price a channel can show: Google refuses items without one.
	 */
	boolean priced() {
		return this.priceVnd != null && this.priceVnd > 0;
	}

	String availability() {
		return (this.stockOnline > 0) ? "in_stock" : "out_of_stock";
	}

	String link(String site) {
		return site + "/san-pham/" + this.slug;
	}

	/**
	 * The photos as absolute addresses, as channels fetch them from elsewhere.
	 */
	List<String> photoLinks(String site) {
		return this.photos.stream().map((photo) -> photo.startsWith("/") ? site + photo : photo).toList();
	}

}
