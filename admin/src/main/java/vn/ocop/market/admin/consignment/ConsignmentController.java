package vn.ocop.market.admin.consignment;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.ocop.market.admin.account.ProducerScope;

/**
 * A producer's view of its consigned goods: where every unit is, by location and lot;
 * what sold where, by month; and a monthly statement per location, on screen, as PDF and
 * as XLSX.
 */
@Controller
class ConsignmentController {

	private final Consignments consignments;

	private final StatementFiles files;

	private final Clock clock;

	ConsignmentController(Consignments consignments, StatementFiles files, Clock clock) {
		this.consignments = consignments;
		this.files = files;
		this.clock = clock;
	}

	@GetMapping("/portal/stock")
	String overview(ProducerScope scope, Model model) {
		YearMonth now = YearMonth.now(this.clock);
		model.addAttribute("month", now);
		model.addAttribute("whereabouts", this.consignments.whereabouts(scope.producerId()).collectList());
		model.addAttribute("sales", this.consignments.salesByMonth(scope.producerId(), now).collectList());
		model.addAttribute("places", this.consignments.places(scope.producerId()).collectList());
		return "consignment/overview";
	}

	@GetMapping("/portal/statements/{locationId}/{month:\\d{4}-\\d{2}}")
	Mono<String> statement(@PathVariable long locationId, @PathVariable String month, ProducerScope scope,
			Model model) {
		return own(scope, locationId, month).map((statement) -> {
			model.addAttribute("statement", statement);
			model.addAttribute("prefix", "/portal/statements/" + locationId + "/");
			model.addAttribute("back", "/portal/stock");
			return "consignment/statement";
		});
	}

	@GetMapping("/portal/statements/{locationId}/{month:\\d{4}-\\d{2}}.{format:pdf|xlsx}")
	Mono<ResponseEntity<byte[]>> file(@PathVariable long locationId, @PathVariable String month,
			@PathVariable String format, ProducerScope scope, Locale locale) {
		return own(scope, locationId, month).flatMap((statement) -> this.files.file(statement, format, locale));
	}

	/**
	 * The statement of a location where the producer's goods moved; another producer's
	 * location or a month that is not one is not found.
	 */
	private Mono<Statement> own(ProducerScope scope, long locationId, String month) {
		return this.consignments.places(scope.producerId())
			.any((place) -> place.id() == locationId)
			.filter(Boolean::booleanValue)
			.flatMap((ok) -> this.consignments.statement(scope.producerId(), locationId, month(month)))
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	static YearMonth month(String value) {
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
