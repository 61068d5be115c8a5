package vn.ocop.market.admin.batches;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.admin.account.ProducerScope;
import vn.ocop.market.admin.files.FileType;
import vn.ocop.market.admin.files.Uploads;
import vn.ocop.market.admin.system.Forms;

/**
 * A batch's quality documents and its printable label sheet.
 */
@Controller
class DocumentController {

	private final OwnBatches batches;

	private final Documents documents;

	private final BatchPages pages;

	private final StorefrontProperties storefront;

	DocumentController(OwnBatches batches, Documents documents, BatchPages pages, StorefrontProperties storefront) {
		this.batches = batches;
		this.documents = documents;
		this.pages = pages;
		this.storefront = storefront;
	}

	@PostMapping("/portal/batches/{id}/documents")
	Mono<String> upload(@PathVariable long id, ServerWebExchange exchange, ProducerScope scope, Model model) {
		return this.batches.find(id, scope)
			.switchIfEmpty(BatchController.notFound())
			.flatMap((batch) -> exchange.getMultipartData())
			.flatMap((parts) -> {
				String kind = field(parts, "kind");
				String title = field(parts, "title");
				if (Arrays.stream(Documents.Kind.values()).noneMatch((k) -> k.name().equals(kind))) {
					return refused(id, "document.error.kind", scope, model, exchange);
				}
				if (title.isBlank()) {
					return refused(id, "document.error.title", scope, model, exchange);
				}
				if (!(parts.getFirst("file") instanceof FilePart file)) {
					return refused(id, "document.error.none", scope, model, exchange);
				}
				return Uploads.read(file, Documents.MAX_BYTES)
					.flatMap((content) -> FileType.sniff(content)
						.map((type) -> this.documents
							.add(id, kind, title.strip(), file.filename(), type, content, scope)
							.thenReturn("redirect:/portal/batches/" + id + "?document#documents"))
						.orElseGet(() -> refused(id, "document.error.type", scope, model, exchange)))
					.switchIfEmpty(Mono.defer(() -> refused(id, "document.error.none", scope, model, exchange)))
					.onErrorResume(Uploads.TooLargeException.class,
							(ex) -> refused(id, "document.error.too-large", scope, model, exchange));
			});
	}

	@GetMapping("/portal/documents/{id}")
	Mono<ResponseEntity<byte[]>> download(@PathVariable long id, ProducerScope scope) {
		return this.documents.content(id, scope)
			.map((document) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(document.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline()
							.filename(document.fileName(), StandardCharsets.UTF_8)
							.build()
							.toString())
				.body(document.bytes()))
			.defaultIfEmpty(ResponseEntity.notFound().build());
	}

	@PostMapping("/portal/documents/{id}/delete")
	Mono<String> delete(@PathVariable long id, ProducerScope scope) {
		return this.documents.delete(id, scope)
			.map((batchId) -> "redirect:/portal/batches/" + batchId + "?documentDeleted#documents")
			.switchIfEmpty(BatchController.notFound());
	}

	@GetMapping("/portal/batches/{id}/labels.pdf")
	Mono<ResponseEntity<byte[]>> labels(@PathVariable long id,
			@RequestParam(name = "count", defaultValue = "24") int count, ProducerScope scope) {
		int labels = Math.max(1, Math.min(count, LabelSheet.MAX_LABELS));
		return this.batches.find(id, scope)
			.flatMap(
					(batch) -> Mono.fromCallable(() -> LabelSheet.pdf(Label.of(batch, this.storefront.url()), labels))
						.subscribeOn(Schedulers.boundedElastic())
						.map((pdf) -> ResponseEntity.ok()
							.contentType(MediaType.APPLICATION_PDF)
							.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
								.filename("nhan-lo-" + batch.lotCode().replaceAll("[^A-Za-z0-9-]", "_") + ".pdf")
								.build()
								.toString())
							.body(pdf)))
			.defaultIfEmpty(ResponseEntity.notFound().build());
	}

	private Mono<String> refused(long id, String messageKey, ProducerScope scope, Model model,
			ServerWebExchange exchange) {
		Forms.refused(exchange);
		model.addAttribute("documentError", messageKey);
		return this.pages.batch(id, EventForm.empty(), Map.of(), scope, model);
	}

	private static String field(MultiValueMap<String, Part> parts, String name) {
		return (parts.getFirst(name) instanceof FormFieldPart field) ? field.value() : "";
	}

}
