package vn.ocop.market.storefront.trace;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;

import vn.ocop.market.storefront.producer.ProducerProfile;

/**
 * The traceability page and the "unknown stamp" page, with the schema.org data that ties
 * the page to its GS1 Digital Link.
 */
@Component
class TracePageView {

	private final JsonMapper json;

	private final TraceProperties properties;

	TracePageView(JsonMapper json, TraceProperties properties) {
		this.json = json;
		this.properties = properties;
	}

	Rendering render(TracePage page, Linkset links) {
		return Rendering.view("trace/batch")
			.modelAttribute("page", page)
			.modelAttribute("batch", page.batch())
			.modelAttribute("links", links)
			.modelAttribute("qrPath", "/qr/" + page.batch().traceCode())
			.modelAttribute("report", this.properties)
			.modelAttribute("jsonLd", jsonLd(page, links))
			.build();
	}

	/**
	 * @param reason BAD_GTIN, UNKNOWN_GTIN, UNKNOWN_LOT, UNKNOWN_CODE or
	 * UNKNOWN_LINK_TYPE
	 */
	Rendering notFound(String reason) {
		return Rendering.view("trace/not-found")
			.status(HttpStatus.NOT_FOUND)
			.modelAttribute("reason", reason)
			.modelAttribute("report", this.properties)
			.build();
	}

	private String jsonLd(TracePage page, Linkset links) {
		TracedBatch batch = page.batch();
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", "Product");
		ld.put("name", batch.productName());
		ld.put("url", links.first(LinkType.PIP).map(Linkset.Link::href).orElse(links.anchor()));
		if (batch.gtin() != null) {
			ld.put("gtin14", batch.gtin());
			ld.put("hasGS1DigitalLink", links.anchor());
		}
		ld.put("identifier", Map.of("@type", "PropertyValue", "propertyID", "lot", "value", batch.lotCode()));
		if (batch.producedOn() != null) {
			ld.put("productionDate", batch.producedOn().toString());
		}
		ld.put("countryOfOrigin", Map.of("@type", "Country", "name", "VN"));
		ProducerProfile producer = page.producer();
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		if (producer.fullAddress() != null) {
			address.put("streetAddress", producer.fullAddress());
		}
		address.put("addressRegion", producer.province().nameVi());
		address.put("addressCountry", "VN");
		ld.put("manufacturer", Map.of("@type", "Organization", "name", producer.name(), "address", address));
		return this.json.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
