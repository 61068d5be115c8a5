package vn.ocop.market.storefront.home;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.catalog.CatalogQueries;
import vn.ocop.market.storefront.search.CatalogOverview;

/**
 * The home page: browse by star, product group and province with their counts, the
 * featured 5★ products and the most recently certified.
 */
@Controller
class HomeController {

	private final CatalogQueries catalog;

	private final CatalogOverview overview;

	private final ProvinceRegistry provinces;

	HomeController(CatalogQueries catalog, CatalogOverview overview, ProvinceRegistry provinces) {
		this.catalog = catalog;
		this.overview = overview;
		this.provinces = provinces;
	}

	@GetMapping("/")
	Mono<String> home(Model model) {
		model.addAttribute("overview", this.overview.counts());
		model.addAttribute("featured", this.catalog.featured(5, 8).collectList());
		model.addAttribute("recent", this.catalog.recentlyCertified(8).collectList());
		model.addAttribute("provinces", this.provinces.provinces());
		model.addAttribute("groups", List.of(ProductGroup.values()));
		return Mono.just("home/home");
	}

}
