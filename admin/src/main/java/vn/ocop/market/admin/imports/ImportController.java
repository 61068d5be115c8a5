package vn.ocop.market.admin.imports;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.admin.files.Uploads;
import vn.ocop.market.admin.files.UnreadableFileException;
import vn.ocop.market.admin.system.Forms;
import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * The import pages: upload, preview, confirm, history and the per-row report.
 */
@Controller
class ImportController {

	private final ImportService imports;

	private final Messages messages;

	private final ProvinceRegistry provinces;

	ImportController(ImportService imports, Messages messages, ProvinceRegistry provinces) {
		this.imports = imports;
		this.messages = messages;
		this.provinces = provinces;
	}

	@GetMapping("/imports")
	Mono<String> list(Model model) {
		return history(model).thenReturn("imports/list");
	}

	@PostMapping("/imports")
	Mono<String> upload(@RequestPart(name = "file", required = false) FilePart file, Principal principal, Model model,
			Locale locale, ServerWebExchange exchange) {
		if (file == null || file.filename().isBlank()) {
			return refused(this.messages.get("import.file.none", locale), model, exchange);
		}
		return Uploads.read(file, CertificationFile.MAX_BYTES)
			.defaultIfEmpty(new byte[0])
			.flatMap((content) -> this.imports.preview(file.filename(), content, principal.getName()))
			.map((preview) -> "redirect:/imports/" + preview.record().id())
			.onErrorResume(UnreadableFileException.class,
					(ex) -> refused(this.messages.get(ex.messageKey(), locale, ex.args()), model, exchange))
			.onErrorResume(Uploads.TooLargeException.class,
					(ex) -> refused(this.messages.get("import.file.too-large", locale), model, exchange));
	}

	private Mono<String> refused(String message, Model model, ServerWebExchange exchange) {
		Forms.refused(exchange);
		model.addAttribute("uploadError", message);
		return history(model).thenReturn("imports/list");
	}

	@GetMapping("/imports/{id}")
	Mono<String> show(@PathVariable long id, Model model, Locale locale) {
		return this.imports.find(id).map((result) -> {
			model.addAttribute("import", result.record());
			model.addAttribute("duplicateOf", result.duplicateOf());
			model.addAttribute("view", ImportView.of(result, false, this.messages, this.provinces, locale));
			return "imports/show";
		});
	}

	@PostMapping("/imports/{id}/apply")
	Mono<String> apply(@PathVariable long id, ServerWebExchange exchange, Principal principal) {
		return exchange.getFormData().flatMap((form) -> {
			ImportRecord.Mode mode = "VALID_ROWS_ONLY".equals(form.getFirst("mode")) ? ImportRecord.Mode.VALID_ROWS_ONLY
					: ImportRecord.Mode.ALL_OR_NOTHING;
			return this.imports.apply(id, mode, principal.getName());
		})
			.thenReturn("redirect:/imports/" + id)
			.onErrorResume(DuplicateFileException.class, (ex) -> Mono.just("redirect:/imports/" + id))
			.onErrorResume(ImportAlreadyDecidedException.class, (ex) -> Mono.just("redirect:/imports/" + id));
	}

	@GetMapping("/imports/{id}/report.csv")
	Mono<ResponseEntity<byte[]>> report(@PathVariable long id, Locale locale) {
		return this.imports.find(id).map((result) -> {
			byte[] csv = ReportCsv.write(ImportView.of(result, false, this.messages, this.provinces, locale))
				.getBytes(StandardCharsets.UTF_8);
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("import-" + id + "-report.csv").build().toString())
				.body(csv);
		});
	}

	private Mono<Void> history(Model model) {
		return this.imports.history().collectList().doOnNext((list) -> model.addAttribute("history", list)).then();
	}

}
