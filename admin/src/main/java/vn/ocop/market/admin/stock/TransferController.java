package vn.ocop.market.admin.stock;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.admin.account.LocationScope;
import vn.ocop.market.admin.system.Forms;
import vn.ocop.market.catalog.stock.StockException;

/**
 * Transfers as the operators at either end work them: request goods from another place
 * (or offer them), send what was asked, count what arrived.
 */
@Controller
class TransferController {

	private final StockLevels levels;

	private final Transfers transfers;

	private final LineEditor editor;

	private final Drafts drafts;

	private final StockMessages messages;

	TransferController(StockLevels levels, Transfers transfers, LineEditor editor, Drafts drafts,
			StockMessages messages) {
		this.levels = levels;
		this.transfers = transfers;
		this.editor = editor;
		this.drafts = drafts;
		this.messages = messages;
	}

	@GetMapping("/stock/{id}/transfers")
	Mono<String> list(@PathVariable long id, LocationScope scope, Model model) {
		return place(scope, id).map((place) -> {
			model.addAttribute("place", place);
			model.addAttribute("transfers", this.transfers.at(scope, id).collectList());
			return "stock/transfers";
		});
	}

	@GetMapping("/stock/{id}/transfers/new")
	Mono<String> start(@PathVariable long id, @RequestParam(name = "direction", defaultValue = "in") String direction,
			LocationScope scope, Model model) {
		return place(scope, id).flatMap((place) -> page(place, outgoing(direction), null, DraftLines.empty(), List.of(),
				null, List.of(), null, model));
	}

	@PostMapping("/stock/{id}/transfers/new")
	Mono<String> step(@PathVariable long id, LocationScope scope, ServerWebExchange exchange, Model model,
			Locale locale) {
		return place(scope, id).zipWith(exchange.getFormData()).flatMap((both) -> {
			MultiValueMap<String, String> form = both.getT2();
			boolean outgoing = outgoing(form.getFirst("direction"));
			Long other = DraftLines.id(form.getFirst("other"));
			return this.editor.edit(form, id, !outgoing).flatMap((edit) -> {
				if (edit.edited() || !"confirm".equals(form.getFirst("action"))) {
					return page(both.getT1(), outgoing, other, edit.lines(), edit.candidates(), edit.message(),
							List.of(), form.getFirst("note"), model);
				}
				if (other == null || edit.lines().isEmpty()) {
					Forms.refused(exchange);
					return page(both.getT1(), outgoing, other, edit.lines(), List.of(), null,
							List.of((other == null) ? "transfer.error.other-missing" : "stock.lines.empty"),
							form.getFirst("note"), model);
				}
				long from = outgoing ? id : other;
				long to = outgoing ? other : id;
				return this.transfers.request(scope, from, to, edit.lines(), form.getFirst("note"))
					.map((transferId) -> "redirect:/stock/transfers/" + transferId + "?requested")
					.onErrorResume(Transfers.TransferException.class, (refusal) -> {
						Forms.refused(exchange);
						return page(both.getT1(), outgoing, other, edit.lines(), List.of(), null,
								List.of(refusal.messageKey()), form.getFirst("note"), model);
					});
			});
		});
	}

	@GetMapping("/stock/transfers/{transferId}")
	Mono<String> show(@PathVariable long transferId, LocationScope scope, Model model) {
		return show(scope, transferId, List.of(), model);
	}

	@PostMapping("/stock/transfers/{transferId}/send")
	Mono<String> send(@PathVariable long transferId, LocationScope scope, ServerWebExchange exchange, Model model,
			Locale locale) {
		return exchange.getFormData()
			.flatMap((form) -> this.transfers.send(scope, transferId, quantities(form, "sent_")))
			.thenReturn("redirect:/stock/transfers/" + transferId + "?sent")
			.onErrorResume((error) -> refused(scope, transferId, error, exchange, model, locale));
	}

	@PostMapping("/stock/transfers/{transferId}/receive")
	Mono<String> receive(@PathVariable long transferId, LocationScope scope, ServerWebExchange exchange, Model model,
			Locale locale) {
		return exchange.getFormData().flatMap((form) -> {
			Map<Long, Transfers.Count> counted = new HashMap<>();
			quantities(form, "received_").forEach((line, received) -> counted.put(line,
					new Transfers.Count(received, form.getFirst("reason_" + line))));
			return this.transfers.receive(scope, transferId, counted);
		})
			.thenReturn("redirect:/stock/transfers/" + transferId + "?received")
			.onErrorResume((error) -> refused(scope, transferId, error, exchange, model, locale));
	}

	@PostMapping("/stock/transfers/{transferId}/cancel")
	Mono<String> cancel(@PathVariable long transferId, LocationScope scope, ServerWebExchange exchange, Model model,
			Locale locale) {
		return this.transfers.cancel(scope, transferId)
			.thenReturn("redirect:/stock/transfers/" + transferId + "?cancelled")
			.onErrorResume((error) -> refused(scope, transferId, error, exchange, model, locale));
	}

	private Mono<String> refused(LocationScope scope, long transferId, Throwable error, ServerWebExchange exchange,
			Model model, Locale locale) {
		if (error instanceof Transfers.TransferException refusal) {
			Forms.refused(exchange);
			return show(scope, transferId, List.of(this.messages.text(refusal.messageKey(), locale)), model);
		}
		if (error instanceof StockException refusal) {
			Forms.refused(exchange);
			return this.transfers.find(scope, transferId)
				.flatMap((transfer) -> show(scope, transferId, this.messages.of(refusal, names(transfer), locale),
						model));
		}
		return Mono.error(error);
	}

	private Mono<String> show(LocationScope scope, long transferId, List<String> problems, Model model) {
		return this.transfers.find(scope, transferId)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.map((transfer) -> {
				model.addAttribute("transfer", transfer);
				model.addAttribute("atSource", scope.includes(transfer.fromId()));
				model.addAttribute("atDestination", scope.includes(transfer.toId()));
				model.addAttribute("problems", problems);
				return "stock/transfer";
			});
	}

	private Mono<String> page(Place place, boolean outgoing, Long other, DraftLines lines,
			List<ProductLookup.Candidate> candidates, String message, List<String> problems, String note, Model model) {
		return this.drafts.view(place.id(), lines).map((views) -> {
			model.addAttribute("place", place);
			model.addAttribute("outgoing", outgoing);
			model.addAttribute("other", other);
			model.addAttribute("others", this.transfers.others(place.id()).collectList());
			model.addAttribute("lines", views);
			model.addAttribute("candidates", candidates);
			model.addAttribute("message", message);
			model.addAttribute("problems", problems);
			model.addAttribute("note", note);
			return "stock/transfer-new";
		});
	}

	private static Map<Long, String> names(Transfers.Transfer transfer) {
		Map<Long, String> names = new HashMap<>();
		transfer.lines().forEach((line) -> names.put(line.productId(), line.name()));
		return names;
	}

	private static Map<Long, Integer> quantities(MultiValueMap<String, String> form, String prefix) {
		Map<Long, Integer> quantities = new HashMap<>();
		form.forEach((name, values) -> {
			Long line = name.startsWith(prefix) ? DraftLines.id(name.substring(prefix.length())) : null;
			Integer quantity = values.isEmpty() ? null : DraftLines.quantity(values.get(0));
			if (line != null && quantity != null) {
				quantities.put(line, quantity);
			}
		});
		return quantities;
	}

	private static boolean outgoing(String direction) {
		return "out".equals(direction);
	}

	private Mono<Place> place(LocationScope scope, long id) {
		return this.levels.place(scope, id)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
