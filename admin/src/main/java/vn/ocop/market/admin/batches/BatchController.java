package vn.ocop.market.admin.batches;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.admin.account.ProducerScope;
import vn.ocop.market.admin.system.Forms;
import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * A producer registers batches of their own products and records what happens to them.
 */
@Controller
class BatchController {

	private final OwnBatches batches;

	private final BatchPages pages;

	private final ProvinceRegistry provinces;

	BatchController(OwnBatches batches, BatchPages pages, ProvinceRegistry provinces) {
		this.batches = batches;
		this.pages = pages;
		this.provinces = provinces;
	}

	@GetMapping("/portal/products/{id}/batches")
	Mono<String> list(@PathVariable long id, ProducerScope scope, Model model) {
		return this.pages.newBatch(id, BatchForm.empty(), Map.of(), scope, model);
	}

	@PostMapping("/portal/products/{id}/batches")
	Mono<String> create(@PathVariable long id, ServerWebExchange exchange, ProducerScope scope, Model model) {
		return exchange.getFormData().flatMap((data) -> {
			BatchForm form = BatchForm.of(data);
			Map<String, String> errors = errors(form);
			if (!errors.isEmpty()) {
				Forms.refused(exchange);
				return this.pages.newBatch(id, form, errors, scope, model);
			}
			return this.batches.productName(id, scope)
				.switchIfEmpty(notFound())
				.flatMap((name) -> this.batches.create(id, form, scope))
				.map((batchId) -> "redirect:/portal/batches/" + batchId + "?created")
				.switchIfEmpty(Mono.defer(() -> {
					Forms.refused(exchange);
					return this.pages.newBatch(id, form, Map.of("lotCode", "batch.error.lot.taken"), scope, model);
				}));
		});
	}

	@GetMapping("/portal/batches/{id}/edit")
	Mono<String> edit(@PathVariable long id, ProducerScope scope, Model model) {
		return this.pages.edit(id, null, Map.of(), scope, model);
	}

	@PostMapping("/portal/batches/{id}/edit")
	Mono<String> save(@PathVariable long id, ServerWebExchange exchange, ProducerScope scope, Model model) {
		return this.batches.find(id, scope)
			.switchIfEmpty(notFound())
			.zipWith(exchange.getFormData())
			.flatMap((both) -> {
				BatchForm form = BatchForm.of(both.getT2());
				Map<String, String> errors = errors(form);
				if (!errors.isEmpty()) {
					Forms.refused(exchange);
					return this.pages.edit(id, form, errors, scope, model);
				}
				return this.batches.update(id, form, scope).flatMap((saved) -> {
					if (saved) {
						return Mono.just("redirect:/portal/batches/" + id + "?saved");
					}
					Forms.refused(exchange);
					return this.pages.edit(id, form,
							Map.of("lotCode",
									both.getT1().scanned() ? "batch.error.lot.scanned" : "batch.error.lot.taken"),
							scope, model);
				});
			});
	}

	@GetMapping("/portal/batches/{id}")
	Mono<String> show(@PathVariable long id, ProducerScope scope, Model model) {
		return this.pages.batch(id, EventForm.empty(), Map.of(), scope, model);
	}

	@PostMapping("/portal/batches/{id}/events")
	Mono<String> addEvent(@PathVariable long id, ServerWebExchange exchange, ProducerScope scope, Model model) {
		return this.batches.find(id, scope)
			.switchIfEmpty(notFound())
			.zipWith(exchange.getFormData())
			.flatMap((both) -> {
				EventForm form = EventForm.of(both.getT2());
				Map<String, String> errors = form.errors();
				if (!errors.isEmpty()) {
					Forms.refused(exchange);
					return this.pages.batch(id, form, errors, scope, model);
				}
				return this.batches.addEvent(id, form, scope)
					.thenReturn("redirect:/portal/batches/" + id + "?event#journey");
			});
	}

	private Map<String, String> errors(BatchForm form) {
		Map<String, String> errors = form.errors();
		if (!form.originProvince().isEmpty() && this.provinces.byCode(form.originProvince()).isEmpty()) {
			errors.put("originProvince", "batch.error.province");
		}
		return errors;
	}

	static <T> Mono<T> notFound() {
		return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
