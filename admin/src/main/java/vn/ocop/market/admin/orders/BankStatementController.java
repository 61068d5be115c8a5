package vn.ocop.market.admin.orders;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.admin.files.UnreadableFileException;
import vn.ocop.market.admin.files.Uploads;
import vn.ocop.market.admin.system.Forms;

/**
 * Bank statements: upload one, see how each credit matched, and the transfers a person
 * still has to look at.
 */
@Controller
class BankStatementController {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private final BankStatements statements;

	private final MessageSource messages;

	BankStatementController(BankStatements statements, MessageSource messages) {
		this.statements = statements;
		this.messages = messages;
	}

	@GetMapping("/orders/bank-statements")
	Mono<String> page(Model model) {
		return open(model).thenReturn("orders/bank-statements");
	}

	@PostMapping("/orders/bank-statements")
	Mono<String> upload(@RequestPart(name = "file", required = false) FilePart file, Principal principal,
			ServerWebExchange exchange, Model model, Locale locale) {
		if (file == null) {
			return refused(List.of(text("statement.file.none", locale)), exchange, model);
		}
		return Uploads.read(file, MAX_BYTES)
			.switchIfEmpty(Mono.error(new UnreadableFileException("import.file.empty")))
			.flatMap((content) -> this.statements.upload(content, principal.getName()))
			.flatMap((matched) -> {
				model.addAttribute("matched", matched);
				model.addAttribute("counts",
						matched.stream()
							.collect(Collectors.groupingBy((m) -> m.seenBefore() ? "AGAIN" : m.outcome().name(),
									Collectors.counting())));
				return open(model);
			})
			.thenReturn("orders/bank-statements")
			.onErrorResume(UnreadableFileException.class,
					(ex) -> refused(List.of(this.messages.getMessage(ex.messageKey(), ex.args(), locale)), exchange,
							model))
			.onErrorResume(Uploads.TooLargeException.class,
					(ex) -> refused(List.of(text("statement.file.too-large", locale)), exchange, model))
			.onErrorResume(BankStatements.StatementException.class,
					(ex) -> refused(ex.problems().stream().map(line(locale)).toList(), exchange, model));
	}

	private Function<String, String> line(Locale locale) {
		return (problem) -> {
			String[] parts = problem.split(":");
			return text("statement.line." + parts[1], locale, parts[0]);
		};
	}

	private Mono<String> refused(List<String> problems, ServerWebExchange exchange, Model model) {
		Forms.refused(exchange);
		model.addAttribute("problems", problems);
		return open(model).thenReturn("orders/bank-statements");
	}

	private Mono<Void> open(Model model) {
		return this.statements.open().collectList().doOnNext((open) -> model.addAttribute("open", open)).then();
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
