package vn.ocop.market.storefront.salespoint;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceMatch;
import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * Where to buy in person: showrooms, OCOP sales points and fairs that are on or coming,
 * by province (current or former name), each with what it has now; and the same as JSON.
 */
@Controller
class SalesPointController {

	private final SalesPoints points;

	private final ProvinceRegistry provinces;

	SalesPointController(SalesPoints points, ProvinceRegistry provinces) {
		this.points = points;
		this.provinces = provinces;
	}

	@GetMapping("/diem-ban")
	Mono<Rendering> list(@RequestParam(name = "province", required = false) String province) {
		Province chosen = province(province);
		return this.points.in(chosen)
			.collectList()
			.map((places) -> Rendering.view("salespoint/list")
				.modelAttribute("places", places)
				.modelAttribute("province", chosen)
				.modelAttribute("asked", province)
				.modelAttribute("provinces", this.provinces.provinces())
				.modelAttribute("today", this.points.today())
				.build());
	}

	@GetMapping(path = "/api/sales-points", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Mono<Map<String, Object>> api(@RequestParam(name = "province", required = false) String province, Locale locale) {
		Province chosen = province(province);
		boolean english = "en".equals(locale.getLanguage());
		return this.points.in(chosen).map((place) -> json(place, english)).collectList().map((places) -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("province", (chosen != null) ? province(chosen, english) : null);
			body.put("salesPoints", places);
			return body;
		});
	}

	/**
	 * The province a slug or a name means, former ones included; none for no or an
	 * unknown one (every province is listed then).
	 */
	private Province province(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return this.provinces.bySlug(value)
			.orElseGet(() -> (this.provinces.match(value.replace('-', ' ')) instanceof ProvinceMatch.Found found)
					? found.province() : null);
	}

	private static Map<String, Object> json(SalesPoint place, boolean english) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", place.id());
		item.put("kind", place.kind().name());
		item.put("name", place.name());
		item.put("address", place.address());
		item.put("province", province(place.province(), english));
		item.put("phone", place.phone());
		item.put("openingHours", place.openingHours());
		item.put("opensOn", place.opensOn());
		item.put("closesOn", place.closesOn());
		item.put("products",
				place.products()
					.stream()
					.map((offer) -> Map.of("slug", offer.slug(), "name", offer.name(), "stars", offer.stars(),
							"available", offer.available()))
					.toList());
		return item;
	}

	private static Map<String, Object> province(Province province, boolean english) {
		return Map.of("slug", province.slug(), "name", english ? province.nameEn() : province.nameVi());
	}

}
