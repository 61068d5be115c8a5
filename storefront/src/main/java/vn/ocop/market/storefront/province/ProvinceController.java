package vn.ocop.market.storefront.province;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.storefront.catalog.CatalogQueries;

/**
 * A province's page: the former provinces it was merged from, its listed products by star
 * and its best ones. From PostgreSQL, so it works without Elasticsearch.
 */
@Controller
class ProvinceController {

	private static final int SHOWN = 24;

	private final ProvinceRegistry provinces;

	private final CatalogQueries catalog;

	ProvinceController(ProvinceRegistry provinces, CatalogQueries catalog) {
		this.provinces = provinces;
		this.catalog = catalog;
	}

	@GetMapping("/tinh/{slug}")
	Mono<Rendering> province(@PathVariable String slug) {
		Province province = this.provinces.bySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return Mono
			.zip(this.catalog.starCounts(province.code()),
					this.catalog.byProvince(province.code(), SHOWN).collectList())
			.map((t) -> Rendering.view("province/province")
				.modelAttribute("province", province)
				.modelAttribute("formerProvinces", this.provinces.formerOf(province))
				.modelAttribute("starCounts", t.getT1())
				.modelAttribute("total", t.getT1().values().stream().mapToLong(Long::longValue).sum())
				.modelAttribute("products", t.getT2())
				.build());
	}

}
