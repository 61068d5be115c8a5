package vn.ocop.market.storefront.checkout;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceMatch;
import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * The province an order goes to, from a slug, a current name or a former one, as people
 * still write the provinces merged in 2025.
 */
@Component
public class Destinations {

	private final ProvinceRegistry provinces;

	Destinations(ProvinceRegistry provinces) {
		this.provinces = provinces;
	}

	public Optional<Province> of(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		Optional<Province> bySlug = this.provinces.bySlug(value.strip());
		if (bySlug.isPresent()) {
			return bySlug;
		}
		return (this.provinces.match(value) instanceof ProvinceMatch.Found found) ? Optional.of(found.province())
				: Optional.empty();
	}

	public java.util.List<Province> all() {
		return this.provinces.provinces();
	}

}
