package vn.ocop.market.admin.imports;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;

import vn.ocop.market.admin.files.Uploads;
import vn.ocop.market.admin.files.UnreadableFileException;
import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * {@code POST /api/imports}: the same import for integrations, over HTTP Basic.
 */
@RestController
@RequestMapping("/api/imports")
class ImportApiController {

	private final ImportService imports;

	private final Messages messages;

	private final ProvinceRegistry provinces;

	ImportApiController(ImportService imports, Messages messages, ProvinceRegistry provinces) {
		this.imports = imports;
		this.messages = messages;
		this.provinces = provinces;
	}

	@PostMapping
	Mono<ResponseEntity<ImportView>> upload(@RequestPart("file") FilePart file,
			@RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean skipErrors, Principal principal, Locale locale) {
		ImportRecord.Mode mode = skipErrors ? ImportRecord.Mode.VALID_ROWS_ONLY : ImportRecord.Mode.ALL_OR_NOTHING;
		return Uploads.read(file, CertificationFile.MAX_BYTES)
			.defaultIfEmpty(new byte[0])
			.flatMap((content) -> dryRun ? this.imports.preview(file.filename(), content, principal.getName())
					: this.imports.importNow(file.filename(), content, principal.getName(), mode))
			.map((result) -> ResponseEntity.status((result.record().status() == ImportRecord.Status.REFUSED)
					? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
				.body(ImportView.of(result, dryRun, this.messages, this.provinces, locale)));
	}

	@GetMapping("/{id}")
	Mono<ImportView> find(@PathVariable long id, Locale locale) {
		return this.imports.find(id)
			.map((result) -> ImportView.of(result, result.record().status() == ImportRecord.Status.PREVIEWED,
					this.messages, this.provinces, locale));
	}

	@ExceptionHandler(UnreadableFileException.class)
	ResponseEntity<Map<String, Object>> unreadable(UnreadableFileException ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "UNREADABLE_FILE", this.messages.get(ex.messageKey(), locale, ex.args()),
				Map.of());
	}

	@ExceptionHandler({ Uploads.TooLargeException.class, DataBufferLimitException.class })
	ResponseEntity<Map<String, Object>> tooLarge(Locale locale) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE",
				this.messages.get("import.file.too-large", locale), Map.of());
	}

	@ExceptionHandler(DuplicateFileException.class)
	ResponseEntity<Map<String, Object>> duplicate(DuplicateFileException ex, Locale locale) {
		return problem(HttpStatus.CONFLICT, "DUPLICATE_FILE",
				this.messages.get("import.duplicate", locale, ex.earlierImport()),
				Map.of("duplicateOf", ex.earlierImport()));
	}

	@ExceptionHandler(ImportNotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", this.messages.get("import.not-found", locale), Map.of());
	}

	private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String code, String message,
			Map<String, Object> more) {
		Map<String, Object> body = new LinkedHashMap<>(Map.of("error", code, "message", message));
		body.putAll(more);
		return ResponseEntity.status(status).body(body);
	}

}
