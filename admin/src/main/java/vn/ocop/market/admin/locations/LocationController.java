package vn.ocop.market.admin.locations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.admin.system.Forms;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.catalog.stock.LocationKind;

/**
 * The office's stock locations: warehouses, showrooms and sales points, fairs with their
 * booths. Closing keeps the history; fairs that ended with goods left are listed first.
 */
@Controller
class LocationController {

	private final Locations locations;

	private final Operators operators;

	private final ProvinceRegistry provinces;

	private final Clock clock;

	LocationController(Locations locations, Operators operators, ProvinceRegistry provinces, Clock clock) {
		this.locations = locations;
		this.operators = operators;
		this.provinces = provinces;
		this.clock = clock;
	}

	@GetMapping("/locations")
	String list(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("today", today);
		model.addAttribute("locations", this.locations.all().collectList());
		model.addAttribute("endedFairs", this.locations.endedFairsHoldingStock(today).collectList());
		return "locations/list";
	}

	@GetMapping("/locations/new")
	String create(Model model) {
		return page(LocationForm.empty(), null, Map.of(), model);
	}

	@PostMapping("/locations")
	Mono<String> create(@Valid @ModelAttribute("form") LocationForm form, BindingResult result,
			ServerWebExchange exchange, Model model) {
		if (invalid(form, result)) {
			Forms.refused(exchange);
			return Mono.just(page(form, null, Forms.errors(result), model));
		}
		return this.locations.create(form)
			.map((id) -> "redirect:/locations/" + id + "?created")
			.switchIfEmpty(Mono.fromSupplier(() -> taken(form, null, exchange, model)));
	}

	@GetMapping("/locations/{id}")
	Mono<String> show(@PathVariable long id, @RequestParam(name = "producer", required = false) String producer,
			Model model) {
		return find(id).map((location) -> {
			model.addAttribute("location", location);
			model.addAttribute("ended", location.endedBy(LocalDate.now(this.clock)));
			model.addAttribute("booths", this.locations.booths(id).collectList());
			model.addAttribute("operators", this.operators.at(id).collectList());
			model.addAttribute("producerQuery", producer);
			if (producer != null && !producer.isBlank()) {
				model.addAttribute("producerMatches", this.locations.producersNamed(producer).collectList());
			}
			return "locations/show";
		});
	}

	@GetMapping("/locations/{id}/edit")
	Mono<String> edit(@PathVariable long id, Model model) {
		return find(id).map((location) -> page(location.form(), id, Map.of(), model));
	}

	@PostMapping("/locations/{id}/edit")
	Mono<String> save(@PathVariable long id, @Valid @ModelAttribute("form") LocationForm form, BindingResult result,
			ServerWebExchange exchange, Model model) {
		return find(id).flatMap((location) -> {
			if (invalid(form, result)) {
				Forms.refused(exchange);
				return Mono.just(page(form, id, Forms.errors(result), model));
			}
			return this.locations.update(id, form)
				.map((saved) -> saved ? "redirect:/locations/" + id + "?saved" : taken(form, id, exchange, model));
		});
	}

	@PostMapping("/locations/{id}/close")
	Mono<String> close(@PathVariable long id) {
		return find(id).flatMap((location) -> this.locations.close(id, true))
			.thenReturn("redirect:/locations/" + id + "?closed");
	}

	@PostMapping("/locations/{id}/reopen")
	Mono<String> reopen(@PathVariable long id) {
		return find(id).flatMap((location) -> this.locations.close(id, false))
			.thenReturn("redirect:/locations/" + id + "?reopened");
	}

	@PostMapping("/locations/{id}/booths")
	Mono<String> addBooth(@PathVariable long id, ServerWebExchange exchange) {
		return find(id).zipWith(exchange.getFormData()).flatMap((both) -> {
			String producer = both.getT2().getFirst("producerId");
			if (producer == null || !producer.matches("\\d{1,18}")) {
				return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST));
			}
			return this.locations.addBooth(id, Long.parseLong(producer), both.getT2().getFirst("booth"))
				.thenReturn("redirect:/locations/" + id + "?booth#booths");
		});
	}

	@PostMapping("/locations/{id}/booths/{producerId}/delete")
	Mono<String> removeBooth(@PathVariable long id, @PathVariable long producerId) {
		return find(id).flatMap((location) -> this.locations.removeBooth(id, producerId))
			.thenReturn("redirect:/locations/" + id + "?boothRemoved#booths");
	}

	private Mono<Location> find(long id) {
		return this.locations.find(id).switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	private boolean invalid(LocationForm form, BindingResult result) {
		if (!result.hasFieldErrors("provinceCode") && form.provinceCode() != null
				&& this.provinces.byCode(form.provinceCode()).isEmpty()) {
			result.rejectValue("provinceCode", "province", "location.error.province");
		}
		return result.hasErrors();
	}

	private String taken(LocationForm form, Long id, ServerWebExchange exchange, Model model) {
		Forms.refused(exchange);
		return page(form, id, Map.of("name", "location.error.name-taken"), model);
	}

	private String page(LocationForm form, Long id, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("locationId", id);
		model.addAttribute("kinds", LocationKind.values());
		model.addAttribute("provinces", this.provinces.provinces());
		return "locations/form";
	}

}
