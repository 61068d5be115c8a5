package vn.ocop.market.storefront.salespoint;

import java.time.LocalDate;
import java.util.List;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.stock.LocationKind;

/**
 * A place to buy OCOP products in person: a showroom or sales point, or a fair that has
 * not ended, with the products it has available now.
 *
 * @param products listed products with units available there, empty when not asked for
 */
public record SalesPoint(long id, LocationKind kind, String name, String address, Province province, String phone,
		String openingHours, LocalDate opensOn, LocalDate closesOn, List<Offer> products) {

	public boolean fair() {
		return this.kind == LocationKind.FAIR;
	}

	/**
	 * Whether a fair has yet to open on the given day.
	 */
	public boolean upcoming(LocalDate today) {
		return fair() && today.isBefore(this.opensOn);
	}

	SalesPoint withProducts(List<Offer> products) {
		return new SalesPoint(this.id, this.kind, this.name, this.address, this.province, this.phone, this.openingHours,
				this.opensOn, this.closesOn, products);
	}

	/**
	 * A product the place has, and how many units.
	 */
	public record Offer(String slug, String name, int stars, int available) {

	}

}
