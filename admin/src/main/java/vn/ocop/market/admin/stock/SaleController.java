package vn.ocop.market.admin.stock;

import java.time.Clock;
import java.time.LocalDate;
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
import vn.ocop.market.catalog.gs1.QrCodes;
import vn.ocop.market.catalog.payment.VietQrProperties;
import vn.ocop.market.catalog.stock.StockException;
import vn.ocop.market.catalog.web.Formats;

/**
 * An in-person sale at the counter: add lines by name, GTIN or a scanned stamp, review
 * the total (and show the VietQR for a bank transfer), confirm, print or show the
 * receipt.
 */
@Controller
class SaleController {

	private final StockLevels levels;

	private final LineEditor editor;

	private final Drafts drafts;

	private final Sales sales;

	private final StockMessages messages;

	private final VietQrProperties bank;

	private final Clock clock;

	SaleController(StockLevels levels, LineEditor editor, Drafts drafts, Sales sales, StockMessages messages,
			VietQrProperties bank, Clock clock) {
		this.levels = levels;
		this.editor = editor;
		this.drafts = drafts;
		this.sales = sales;
		this.messages = messages;
		this.bank = bank;
		this.clock = clock;
	}

	@GetMapping("/stock/{id}/sale")
	Mono<String> start(@PathVariable long id, LocationScope scope, Model model) {
		return place(scope, id).flatMap((place) -> page(place, new SaleForm(UUID.randomUUID(), PaymentMethod.CASH),
				DraftLines.empty(), List.of(), null, List.of(), model));
	}

	@PostMapping("/stock/{id}/sale")
	Mono<String> step(@PathVariable long id, LocationScope scope, ServerWebExchange exchange, Model model,
			Locale locale) {
		return place(scope, id).zipWith(exchange.getFormData()).flatMap((both) -> {
			Place place = both.getT1();
			MultiValueMap<String, String> form = both.getT2();
			SaleForm sale = SaleForm.of(form);
			return this.editor.edit(form, id, false).flatMap((edit) -> {
				if (edit.edited() || "edit".equals(form.getFirst("action"))) {
					return page(place, sale, edit.lines(), edit.candidates(), edit.message(), List.of(), model);
				}
				if ("confirm".equals(form.getFirst("action"))) {
					return confirm(scope, place, sale, edit.lines(), exchange, model, locale);
				}
				return review(place, sale, edit.lines(), exchange, model);
			});
		});
	}

	@GetMapping("/stock/sales/{saleId}")
	Mono<String> receipt(@PathVariable long saleId, LocationScope scope, Model model) {
		return this.sales.receipt(scope, saleId)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.map((receipt) -> {
				model.addAttribute("receipt", receipt);
				if (receipt.method() == PaymentMethod.BANK_TRANSFER) {
					vietQr(receipt.totalVnd(), receipt.number(), model);
				}
				return "stock/receipt";
			});
	}

	private Mono<String> review(Place place, SaleForm sale, DraftLines lines, ServerWebExchange exchange, Model model) {
		return this.drafts.view(place.id(), lines).flatMap((views) -> {
			List<String> problems = views.stream()
				.filter((line) -> line.exceedsAvailable() || line.priceVnd() == null)
				.map((line) -> (line.priceVnd() == null) ? "stock.sale.unpriced" : "stock.sale.short")
				.distinct()
				.toList();
			if (views.isEmpty() || !problems.isEmpty()) {
				Forms.refused(exchange);
				return page(place, sale, lines, List.of(), views.isEmpty() ? "stock.sale.empty" : null, problems,
						model);
			}
			long total = views.stream().mapToLong(Drafts.LineView::amount).sum();
			model.addAttribute("place", place);
			model.addAttribute("sale", sale);
			model.addAttribute("reference", SaleReference.of(sale.key()));
			model.addAttribute("lines", views);
			model.addAttribute("total", total);
			if (sale.method() == PaymentMethod.BANK_TRANSFER) {
				vietQr(total, SaleReference.of(sale.key()), model);
			}
			return Mono.just("stock/sale-review");
		});
	}

	private Mono<String> confirm(LocationScope scope, Place place, SaleForm sale, DraftLines lines,
			ServerWebExchange exchange, Model model, Locale locale) {
		return this.sales.record(scope, place.id(), sale.key(), sale.method(), lines)
			.map((saleId) -> "redirect:/stock/sales/" + saleId + "?done")
			.onErrorResume(StockException.class, (refusal) -> this.drafts.view(place.id(), lines).flatMap((views) -> {
				Forms.refused(exchange);
				return page(place, sale, lines, List.of(), null, this.messages.of(refusal, Drafts.names(views), locale),
						model);
			}))
			.onErrorResume(Sales.UnpricedException.class, (refusal) -> {
				Forms.refused(exchange);
				return page(place, sale, lines, List.of(), null, List.of("stock.sale.unpriced"), model);
			});
	}

	private Mono<String> page(Place place, SaleForm sale, DraftLines lines, List<ProductLookup.Candidate> candidates,
			String message, List<String> problems, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		return this.drafts.view(place.id(), lines).map((views) -> {
			model.addAttribute("place", place);
			model.addAttribute("sells", place.sells(today));
			model.addAttribute("sale", sale);
			model.addAttribute("lines", views);
			model.addAttribute("total", views.stream().mapToLong(Drafts.LineView::amount).sum());
			model.addAttribute("candidates", candidates);
			model.addAttribute("message", message);
			model.addAttribute("problems", problems);
			model.addAttribute("methods", PaymentMethod.values());
			return "stock/sale";
		});
	}

	private void vietQr(long amount, String reference, Model model) {
		String payload = this.bank.forAmount(amount, reference).payload();
		model.addAttribute("vietQrPayload", payload);
		model.addAttribute("vietQrSvg", QrCodes.svg(payload));
		model.addAttribute("totalText", Formats.price(amount));
		model.addAttribute("bank", this.bank);
	}

	private Mono<Place> place(LocationScope scope, long id) {
		return this.levels.place(scope, id)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	/**
	 * The sale's key (one sale however often the form is sent) and how it is paid.
	 */
	record SaleForm(UUID key, PaymentMethod method) {

		static SaleForm of(MultiValueMap<String, String> form) {
			UUID key;
			try {
				key = UUID.fromString(String.valueOf(form.getFirst("saleKey")));
			}
			catch (IllegalArgumentException ex) {
				key = UUID.randomUUID();
			}
			PaymentMethod method = "BANK_TRANSFER".equals(form.getFirst("method")) ? PaymentMethod.BANK_TRANSFER
					: PaymentMethod.CASH;
			return new SaleForm(key, method);
		}

	}

}
