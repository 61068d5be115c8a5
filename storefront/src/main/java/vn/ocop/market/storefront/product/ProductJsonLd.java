package vn.ocop.market.storefront.product;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The schema.org {@code Product} of a product page, with its OCOP certification as a
 * {@code Certification} and an {@code award}, and its {@code Offer} in VND in stock or
 * not by what warehouses that ship online hold, for search engines.
 */
@Component
class ProductJsonLd {

	private final JsonMapper json;

	ProductJsonLd(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The JSON, safe to put inside a {@code <script>} element.
	 */
	String of(ProductPage page, String siteUrl, String award) {
		ProductDetails product = page.product();
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", "Product");
		ld.put("name", product.name());
		ld.put("url", siteUrl + "/san-pham/" + product.slug());
		ld.put("sku", product.slug());
		putIfPresent(ld, "description", product.description());
		putIfPresent(ld, "gtin14", product.gtin());
		if (product.gtin() != null) {
			ld.put("hasGS1DigitalLink", siteUrl + "/01/" + product.gtin().strip());
		}
		if (!product.images().isEmpty()) {
			ld.put("image", product.images().stream().map((url) -> url.startsWith("/") ? siteUrl + url : url).toList());
		}
		ld.put("countryOfOrigin", object("@type", "Country", "name", "VN"));
		ld.put("manufacturer", organization(page, siteUrl));
		ld.put("brand", object("@type", "Brand", "name", page.producer().name()));
		if (page.certified()) {
			ld.put("award", award);
			ld.put("hasCertification", certification(page.current(), award));
			if (product.priceVnd() != null) {
				Map<String, Object> offer = new LinkedHashMap<>();
				offer.put("@type", "Offer");
				offer.put("price", product.priceVnd());
				offer.put("priceCurrency", "VND");
				offer.put("url", siteUrl + "/san-pham/" + product.slug());
				offer.put("availability",
						page.buyable() ? "https://schema.org/InStock" : "https://schema.org/OutOfStock");
				offer.put("itemCondition", "https://schema.org/NewCondition");
				offer.put("seller", object("@type", "Organization", "name", "OCOP Market"));
				ld.put("offers", offer);
			}
		}
		return this.json.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private static Map<String, Object> organization(ProductPage page, String siteUrl) {
		Map<String, Object> org = new LinkedHashMap<>();
		org.put("@type", "Organization");
		org.put("name", page.producer().name());
		org.put("url", siteUrl + page.producer().path());
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		putIfPresent(address, "streetAddress", page.producer().address());
		address.put("addressRegion", page.producer().province().nameVi());
		address.put("addressCountry", "VN");
		org.put("address", address);
		return org;
	}

	private static Map<String, Object> certification(Certificate current, String award) {
		Map<String, Object> certification = new LinkedHashMap<>();
		certification.put("@type", "Certification");
		certification.put("name", award);
		certification.put("certificationIdentification", current.decisionNo());
		if (current.authority() != null) {
			certification.put("issuedBy", object("@type", "Organization", "name", current.authority()));
		}
		certification.put("validFrom", current.validFrom().toString());
		certification.put("expires", current.validUntil().toString());
		certification.put("certificationStatus", "https://schema.org/CertificationActive");
		certification.put("certificationRating",
				object("@type", "Rating", "ratingValue", current.stars(), "bestRating", 5, "worstRating", 3));
		return certification;
	}

	/**
	 * An object whose keys keep the order given ({@code Map.of} orders them differently
	 * on every JVM, and the page's bytes and ETag with them).
	 * @param keysAndValues each key followed by its value
	 */
	private static Map<String, Object> object(Object... keysAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			object.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return object;
	}

	private static void putIfPresent(Map<String, Object> map, String key, String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, value);
		}
	}

}
