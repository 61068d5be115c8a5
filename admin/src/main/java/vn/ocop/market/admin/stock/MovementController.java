package vn.ocop.market.admin.stock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Flux;
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
import vn.ocop.market.catalog.stock.Lots;
import vn.ocop.market.admin.system.Forms;
import vn.ocop.market.catalog.stock.AdjustmentReason;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockException;
import vn.ocop.market.catalog.stock.StockLedger;

/**
 * Goods arriving from their producers (consignment, by lot), going back to them, and
 * units written off with a reason: damaged, expired, a sample, lost, a count correction.
 */
@Controller
class MovementController {

	private final StockLevels levels;

	private final LineEditor editor;

	private final Drafts drafts;

	private final Lots lots;

	private final StockLedger ledger;

	private final StockMessages messages;

	private final Clock clock;

	MovementController(StockLevels levels, LineEditor editor, Drafts drafts, Lots lots, StockLedger ledger,
			StockMessages messages, Clock clock) {
		this.levels = levels;
		this.editor = editor;
		this.drafts = drafts;
		this.lots = lots;
		this.ledger = ledger;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/stock/{id}/{kind:receive|return|adjust}")
	Mono<String> start(@PathVariable long id, @PathVariable String kind, LocationScope scope, Model model) {
		return place(scope, id).flatMap(
				(place) -> page(Kind.of(kind), place, DraftLines.empty(), List.of(), null, List.of(), null, model));
	}

	@PostMapping("/stock/{id}/{kind:receive|return|adjust}")
	Mono<String> step(@PathVariable long id, @PathVariable String kind, LocationScope scope, ServerWebExchange exchange,
			Model model, Locale locale) {
		Kind what = Kind.of(kind);
		return place(scope, id).zipWith(exchange.getFormData()).flatMap((both) -> {
			MultiValueMap<String, String> form = both.getT2();
			return this.editor.edit(form, id, what == Kind.RECEIVE).flatMap((edit) -> {
				if (edit.edited() || !"confirm".equals(form.getFirst("action"))) {
					return page(what, both.getT1(), edit.lines(), edit.candidates(), edit.message(), List.of(),
							form.getFirst("note"), model);
				}
				AdjustmentReason reason = reason(form.getFirst("reason"));
				if (edit.lines().isEmpty() || (what == Kind.ADJUST && reason == null)) {
					Forms.refused(exchange);
					return page(what, both.getT1(), edit.lines(), List.of(), null,
							List.of(edit.lines().isEmpty() ? "stock.lines.empty" : "stock.adjust.reason-missing"),
							form.getFirst("note"), model);
				}
				return movements(what, id, edit.lines(), reason, form.getFirst("note"), scope)
					.flatMap(this.ledger::applyAll)
					.thenReturn("redirect:/stock/" + id + "?" + what.done)
					.onErrorResume(StockException.class,
							(refusal) -> this.drafts.view(id, edit.lines()).flatMap((views) -> {
								Forms.refused(exchange);
								return page(what, both.getT1(), edit.lines(), List.of(), null,
										this.messages.of(refusal, Drafts.names(views), locale), form.getFirst("note"),
										model);
							}));
			});
		});
	}

	private Mono<List<Movement>> movements(Kind kind, long locationId, DraftLines lines, AdjustmentReason reason,
			String note, LocationScope scope) {
		String cleanNote = Forms.text(note);
		if (kind == Kind.RECEIVE) {
			return Mono.just(lines.lines()
				.stream()
				.map((line) -> Movement
					.receive(locationId, line.productId(), line.quantity(), line.batchId(), scope.actor())
					.withNote(cleanNote))
				.toList());
		}
		return Flux.fromIterable(lines.lines())
			.concatMap((line) -> this.lots.allocate(locationId, line.productId(), line.quantity(), line.batchId())
				.flatMapIterable((allocations) -> allocations.stream()
					.map((a) -> (kind == Kind.RETURN)
							? Movement.returnToProducer(locationId, line.productId(), a.quantity(), a.batchId(),
									scope.actor())
							: Movement.adjustment(locationId, line.productId(), -a.quantity(), reason, a.batchId(),
									scope.actor()))
					.map((movement) -> movement.withNote(cleanNote))
					.toList()))
			.collectList();
	}

	private Mono<String> page(Kind kind, Place place, DraftLines lines, List<ProductLookup.Candidate> candidates,
			String message, List<String> problems, String note, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		return this.drafts.view(place.id(), lines).zipWith(this.drafts.lotsOf(lines)).map((both) -> {
			model.addAttribute("kind", kind.name().toLowerCase(Locale.ROOT));
			model.addAttribute("place", place);
			model.addAttribute("allowed", (kind == Kind.RECEIVE) ? place.receives(today) : !place.closed());
			model.addAttribute("lines", both.getT1());
			model.addAttribute("lots", both.getT2());
			model.addAttribute("candidates", candidates);
			model.addAttribute("message", message);
			model.addAttribute("problems", problems);
			model.addAttribute("note", note);
			model.addAttribute("reasons", List.of(AdjustmentReason.DAMAGED, AdjustmentReason.EXPIRED,
					AdjustmentReason.SAMPLE, AdjustmentReason.LOST, AdjustmentReason.COUNT_CORRECTION));
			return "stock/movement";
		});
	}

	private static AdjustmentReason reason(String value) {
		for (AdjustmentReason reason : AdjustmentReason.values()) {
			if (reason.name().equals(value) && reason != AdjustmentReason.STOCKTAKE) {
				return reason;
			}
		}
		return null;
	}

	private Mono<Place> place(LocationScope scope, long id) {
		return this.levels.place(scope, id)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	enum Kind {

		RECEIVE("received"), RETURN("returned"), ADJUST("adjusted");

		private final String done;

		Kind(String done) {
			this.done = done;
		}

		static Kind of(String path) {
			return valueOf(path.toUpperCase(Locale.ROOT));
		}

	}

}
