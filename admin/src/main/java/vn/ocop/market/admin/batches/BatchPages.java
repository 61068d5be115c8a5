package vn.ocop.market.admin.batches;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.ocop.market.admin.account.ProducerScope;
import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * The two batch pages, filled for a first visit or again with the errors of a form.
 */
@Component
class BatchPages {

	private final OwnBatches batches;

	private final Documents documents;

	private final ProvinceRegistry provinces;

	BatchPages(OwnBatches batches, Documents documents, ProvinceRegistry provinces) {
		this.batches = batches;
		this.documents = documents;
		this.provinces = provinces;
	}

	Mono<String> batch(long id, EventForm form, Map<String, String> errors, ProducerScope scope, Model model) {
		return this.batches.find(id, scope).switchIfEmpty(BatchController.notFound()).map((batch) -> {
			model.addAttribute("batch", batch);
			model.addAttribute("province", (batch.originProvince() != null)
					? this.provinces.byCode(batch.originProvince()).map((p) -> p.nameVi()).orElse(null) : null);
			model.addAttribute("events", this.batches.events(id).collectList());
			model.addAttribute("documents", this.documents.of(id).collectList());
			model.addAttribute("eventForm", form);
			model.addAttribute("errors", errors);
			model.addAttribute("kinds", EventKind.values());
			model.addAttribute("documentKinds", Documents.Kind.values());
			return "batches/show";
		});
	}

	Mono<String> edit(long id, BatchForm form, Map<String, String> errors, ProducerScope scope, Model model) {
		return this.batches.find(id, scope).switchIfEmpty(BatchController.notFound()).map((batch) -> {
			model.addAttribute("batch", batch);
			model.addAttribute("form", (form != null) ? form : BatchForm.of(batch));
			model.addAttribute("errors", errors);
			model.addAttribute("lotLocked", batch.scanned());
			model.addAttribute("provinces", this.provinces.provinces());
			return "batches/edit";
		});
	}

	Mono<String> newBatch(long productId, BatchForm form, Map<String, String> errors, ProducerScope scope,
			Model model) {
		return this.batches.productName(productId, scope).switchIfEmpty(BatchController.notFound()).map((name) -> {
			model.addAttribute("productId", productId);
			model.addAttribute("productName", name);
			model.addAttribute("batches", this.batches.ofProduct(productId, scope).collectList());
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
			model.addAttribute("provinces", this.provinces.provinces());
			return "batches/list";
		});
	}

}
