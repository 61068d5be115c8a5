package vn.ocop.market.admin.stock;

import java.time.Clock;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.admin.account.LocationScope;

/**
 * An operator's locations and what each holds: on hand, reserved for orders, available,
 * and the products running low.
 */
@Controller
class StockController {

	private final StockLevels levels;

	private final Clock clock;

	StockController(StockLevels levels, Clock clock) {
		this.levels = levels;
		this.clock = clock;
	}

	@GetMapping("/stock")
	Mono<String> mine(LocationScope scope, Model model) {
		return this.levels.places(scope).collectList().map((places) -> {
			if (places.size() == 1 && !scope.everywhere()) {
				return "redirect:/stock/" + places.get(0).id();
			}
			model.addAttribute("places", places);
			model.addAttribute("today", LocalDate.now(this.clock));
			return "stock/places";
		});
	}

	@GetMapping("/stock/{id}")
	Mono<String> place(@PathVariable long id, @RequestParam(name = "q", required = false) String query,
			LocationScope scope, Model model) {
		return place(scope, id).map((place) -> {
			LocalDate today = LocalDate.now(this.clock);
			model.addAttribute("place", place);
			model.addAttribute("today", today);
			model.addAttribute("sells", place.sells(today));
			model.addAttribute("receives", place.receives(today));
			model.addAttribute("ended", place.ended(today));
			model.addAttribute("q", query);
			model.addAttribute("levels", this.levels.levels(scope, id, query).collectList());
			model.addAttribute("low", this.levels.low(scope, id).collectList());
			model.addAttribute("lowDefault", this.levels.lowDefault());
			return "stock/place";
		});
	}

	@PostMapping("/stock/{id}/thresholds/{productId}")
	Mono<String> threshold(@PathVariable long id, @PathVariable long productId, LocationScope scope,
			ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			Integer threshold = DraftLines.quantity(form.getFirst("threshold"));
			return this.levels.threshold(scope, id, productId, threshold);
		})
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.thenReturn("redirect:/stock/" + id + "?threshold#low");
	}

	private Mono<Place> place(LocationScope scope, long id) {
		return this.levels.place(scope, id)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
