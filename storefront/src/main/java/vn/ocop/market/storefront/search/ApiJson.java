package vn.ocop.market.storefront.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.catalog.ProductCard;

/**
 * The API's JSON shapes, spelled out so that they do not change with a record.
 */
final class ApiJson {

	private final ProvinceRegistry provinces;

	private final boolean english;

	ApiJson(ProvinceRegistry provinces, Locale locale) {
		this.provinces = provinces;
		this.english = "en".equals(locale.getLanguage());
	}

	Map<String, Object> listing(SearchResult result) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("total", result.total());
		body.put("page", result.query().page());
		body.put("size", result.query().size());
		body.put("items", result.items().stream().map(this::item).toList());
		Map<String, Object> facets = new LinkedHashMap<>();
		facets.put("stars", entries(result.facets().stars(), Integer::valueOf, (key) -> null));
		facets.put("province", entries(result.facets().province(), (key) -> key,
				(slug) -> this.provinces.bySlug(slug).map(this::name).orElse(null)));
		facets.put("group", entries(result.facets().group(), (key) -> key,
				(code) -> name(ProductGroup.valueOf(code.toUpperCase(Locale.ROOT)))));
		body.put("facets", facets);
		body.put("fullText", result.fromSearch());
		return body;
	}

	private Map<String, Object> item(ProductCard card) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("slug", card.slug());
		item.put("name", card.name());
		item.put("stars", card.stars());
		item.put("priceVnd", card.priceVnd());
		item.put("group", card.groupCode());
		item.put("producer", Map.of("name", card.producerName()));
		item.put("province", Map.of("slug", card.province().slug(), "name", name(card.province())));
		item.put("inStockOnline", card.inStockOnline());
		return item;
	}

	static Map<String, Object> suggestion(Suggestions.Suggested suggested) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("slug", suggested.slug());
		item.put("name", suggested.name());
		item.put("stars", suggested.stars());
		item.put("province", suggested.province());
		item.put("url", "/san-pham/" + suggested.slug());
		return item;
	}

	private static List<Map<String, Object>> entries(List<FacetCount> counts, Function<String, Object> key,
			Function<String, String> name) {
		return counts.stream().map((count) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("key", key.apply(count.key()));
			entry.put("count", count.count());
			String label = name.apply(count.key());
			if (label != null) {
				entry.put("name", label);
			}
			return entry;
		}).toList();
	}

	private String name(Province province) {
		return this.english ? province.nameEn() : province.nameVi();
	}

	private String name(ProductGroup group) {
		return this.english ? group.labelEn() : group.labelVi();
	}

}
