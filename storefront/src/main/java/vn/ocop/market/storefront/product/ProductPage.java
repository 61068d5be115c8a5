package vn.ocop.market.storefront.product;

import java.time.LocalDate;
import java.util.List;

import vn.ocop.market.storefront.catalog.ProductCard;
import vn.ocop.market.storefront.producer.ProducerProfile;
import vn.ocop.market.storefront.salespoint.SalesPoint;
import vn.ocop.market.storefront.product.Certificate.Standing;

/**
 * Everything a product page shows; its ETag is a digest of this.
 *
 * @param certificates every decision, the newest first
 * @param salesPoints the showrooms and fairs that have it now
 * @param availableOnline the units warehouses that ship online have available
 * @param today the day the certificate's standing is judged on
 */
record ProductPage(ProductDetails product, List<Certificate> certificates, ProducerProfile producer,
		List<ProductCard> related, List<SalesPoint> salesPoints, int availableOnline, LocalDate today) {

	public Certificate current() {
		return Certificate.current(this.certificates).orElse(null);
	}

	public Standing standing() {
		Certificate current = current();
		return (current != null) ? current.standing(this.today) : null;
	}

	/**
	 * Whether the product is an OCOP product today: a current, valid certificate.
	 */
	public boolean certified() {
		return standing() == Standing.CERTIFIED;
	}

	/**
	 * Whether it can be bought online now: certified, priced, not a service, in stock at
	 * a warehouse that ships online.
	 */
	public boolean buyable() {
		return certified() && this.product.priceVnd() != null && this.availableOnline > 0
				&& this.product.group() != vn.ocop.market.scoring.ProductGroup.TOURISM;
	}

	/**
	 * The decisions before the current one.
	 */
	public List<Certificate> history() {
		Certificate current = current();
		return this.certificates.stream().filter((c) -> c != current).toList();
	}

}
