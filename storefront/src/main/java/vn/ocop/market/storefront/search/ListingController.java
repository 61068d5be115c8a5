package vn.ocop.market.storefront.search;

import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.storefront.system.Words;

/**
 * The listing and search page. Invalid parameters are ignored rather than refused: a
 * shopper who edits a URL still gets a page.
 */
@Controller
class ListingController {

	private final Listings listings;

	private final ProvinceRegistry provinces;

	private final Words words;

	ListingController(Listings listings, ProvinceRegistry provinces, Words words) {
		this.listings = listings;
		this.provinces = provinces;
		this.words = words;
	}

	@GetMapping("/san-pham")
	Mono<String> list(@RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
			ServerHttpResponse response) {
		ProductQuery query = QueryParameters.parse(params, this.provinces).query();
		return this.listings.list(query).map((result) -> {
			if (!result.fromSearch()) {
				// a stand-in while the index is away: neither the page cache nor a
				// browser keeps it
				response.getHeaders().setCacheControl(CacheControl.noStore());
			}
			model.addAttribute("result", result);
			model.addAttribute("query", result.query());
			model.addAttribute("view", new ListingView(result, this.provinces, this.words, locale));
			return "search/listing";
		});
	}

}
