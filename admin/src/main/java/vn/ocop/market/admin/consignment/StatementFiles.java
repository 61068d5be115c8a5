package vn.ocop.market.admin.consignment;

import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.ocop.market.admin.files.Download;
import vn.ocop.market.admin.files.Table;
import vn.ocop.market.admin.files.TablePdf;

/**
 * A statement as the file a producer keeps: PDF to print, XLSX to reckon with.
 */
@Component
class StatementFiles {

	private static final float[] WIDTHS = { .28f, .07f, .07f, .07f, .07f, .07f, .12f, .07f, .07f, .11f };

	private final MessageSource messages;

	StatementFiles(MessageSource messages) {
		this.messages = messages;
	}

	Mono<ResponseEntity<byte[]>> file(Statement statement, String format, Locale locale) {
		Table table = statement.table((key) -> this.messages.getMessage(key, null, locale));
		boolean pdf = "pdf".equals(format);
		return Mono
			.fromCallable(
					() -> pdf ? TablePdf.of(title(statement, locale), lines(statement, locale), List.of(table), WIDTHS)
							: Table.xlsx(List.of(table)))
			.subscribeOn(Schedulers.boundedElastic())
			.map((bytes) -> Download.of("bang-ke-ky-gui-" + statement.producerId() + "-" + statement.locationId() + "-"
					+ statement.month() + "." + format, pdf ? MediaType.APPLICATION_PDF : Download.XLSX, bytes));
	}

	private String title(Statement statement, Locale locale) {
		return this.messages.getMessage("statement.title", new Object[] { statement.producer() }, locale);
	}

	private List<String> lines(Statement statement, Locale locale) {
		return List.of(this.messages.getMessage("statement.location", new Object[] { statement.location() }, locale),
				this.messages.getMessage("statement.month",
						new Object[] { statement.month().getMonthValue(), statement.month().getYear() }, locale));
	}

}
