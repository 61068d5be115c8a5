package vn.ocop.market.admin.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.admin.account.LocationScope;
import vn.ocop.market.admin.system.Forms;
import vn.ocop.market.catalog.stock.StockException;
import vn.ocop.market.catalog.stock.StockProblem;

/**
 * A stocktake: the operator enters what was counted, sees the differences, and only then
 * applies them as ADJUSTMENT rows with the reason "stocktake".
 */
@Controller
class CountController {

	private final StockLevels levels;

	private final Counts counts;

	private final StockMessages messages;

	CountController(StockLevels levels, Counts counts, StockMessages messages) {
		this.levels = levels;
		this.counts = counts;
		this.messages = messages;
	}

	@GetMapping("/stock/{id}/count")
	Mono<String> start(@PathVariable long id, LocationScope scope, Model model) {
		return place(scope, id).flatMap((place) -> this.levels.levels(scope, id, null).collectList().map((rows) -> {
			model.addAttribute("place", place);
			model.addAttribute("rows", rows);
			model.addAttribute("countKey", UUID.randomUUID());
			return "stock/count";
		}));
	}

	@PostMapping("/stock/{id}/count")
	Mono<String> step(@PathVariable long id, LocationScope scope, ServerWebExchange exchange, Model model,
			Locale locale) {
		return place(scope, id).zipWith(exchange.getFormData()).flatMap((both) -> {
			MultiValueMap<String, String> form = both.getT2();
			UUID key = key(form.getFirst("countKey"));
			return this.levels.levels(scope, id, null).collectList().flatMap((rows) -> {
				List<Counts.Difference> differences = differences(form, rows);
				model.addAttribute("place", both.getT1());
				model.addAttribute("countKey", key);
				model.addAttribute("differences", differences);
				if (!"apply".equals(form.getFirst("action"))) {
					return Mono.just("stock/count-review");
				}
				return this.counts.apply(scope, id, key, differences)
					.thenReturn("redirect:/stock/" + id + "?counted")
					.onErrorResume(StockException.class, (refusal) -> {
						Forms.refused(exchange);
						boolean recount = refusal.shortages()
							.stream()
							.anyMatch((s) -> s.problem() == StockProblem.COUNT_CHANGED);
						model.addAttribute("problems",
								recount ? List.of(this.messages.text("stock.count.changed", locale))
										: this.messages.of(refusal, java.util.Map.of(), locale));
						model.addAttribute("differences", differences(form, rows));
						return Mono.just("stock/count-review");
					});
			});
		});
	}

	/**
	 * What was counted against what the level said; blank counts are products not
	 * counted. The level each count was compared with travels with the form, so a change
	 * in between is noticed, not overwritten.
	 */
	private static List<Counts.Difference> differences(MultiValueMap<String, String> form,
			List<StockLevels.LevelRow> rows) {
		List<Counts.Difference> differences = new ArrayList<>();
		for (StockLevels.LevelRow row : rows) {
			Integer counted = DraftLines.quantity(form.getFirst("counted_" + row.productId()));
			if (counted == null) {
				continue;
			}
			Integer expected = DraftLines.quantity(form.getFirst("expected_" + row.productId()));
			differences.add(new Counts.Difference(row.productId(), row.name(),
					(expected != null) ? expected : row.onHand(), counted));
		}
		return differences;
	}

	private static UUID key(String value) {
		try {
			return UUID.fromString(String.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			return UUID.randomUUID();
		}
	}

	private Mono<Place> place(LocationScope scope, long id) {
		return this.levels.place(scope, id)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
