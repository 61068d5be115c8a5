package vn.ocop.market.storefront.catalog;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: certified products by star and the most recently certified.
 */
@Controller
class HomeController {

	private final CatalogQueries catalog;

	HomeController(CatalogQueries catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	Mono<String> home(Model model) {
		model.addAttribute("stars", this.catalog.countsByStar().collectList());
		model.addAttribute("recent", this.catalog.recentlyCertified(12).collectList());
		return Mono.just("catalog/home");
	}

}
