package vn.ocop.market.admin.consignment;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The office sees every consignment statement: per location and month, each producer
 * whose goods moved there.
 */
@Controller
class StatementController {

	private final Consignments consignments;

	private final StatementFiles files;

	private final DatabaseClient db;

	private final Clock clock;

	StatementController(Consignments consignments, StatementFiles files, DatabaseClient db, Clock clock) {
		this.consignments = consignments;
		this.files = files;
		this.db = db;
		this.clock = clock;
	}

	@GetMapping("/statements")
	String index(@RequestParam(name = "location", required = false) Long location,
			@RequestParam(name = "month", required = false) String month, Model model) {
		YearMonth chosen = (month != null && !month.isBlank()) ? ConsignmentController.month(month)
				: YearMonth.now(this.clock);
		model.addAttribute("month", chosen);
		model.addAttribute("location", location);
		model.addAttribute("locations", this.db.sql("SELECT id, name FROM stock_location ORDER BY name")
			.map((row, meta) -> new Consignments.Place(row.get("id", Long.class), row.get("name", String.class)))
			.all()
			.collectList());
		if (location != null) {
			model.addAttribute("producers", this.db.sql("""
					SELECT DISTINCT r.id, r.name FROM stock_movement m JOIN product p ON p.id = m.product_id
					JOIN producer r ON r.id = p.producer_id
					WHERE m.location_id = :location AND m.at < :to ORDER BY r.name""")
				.bind("location", location)
				.bind("to", Consignments.start(chosen.plusMonths(1)))
				.map((row, meta) -> new Consignments.Place(row.get("id", Long.class), row.get("name", String.class)))
				.all()
				.collectList());
		}
		return "consignment/statements";
	}

	@GetMapping("/statements/{producerId}/{locationId}/{month:\\d{4}-\\d{2}}")
	Mono<String> statement(@PathVariable long producerId, @PathVariable long locationId, @PathVariable String month,
			Model model) {
		return find(producerId, locationId, month).map((statement) -> {
			model.addAttribute("statement", statement);
			model.addAttribute("prefix", "/statements/" + producerId + "/" + locationId + "/");
			model.addAttribute("back", "/statements?location=" + locationId + "&month=" + statement.month());
			return "consignment/statement";
		});
	}

	@GetMapping("/statements/{producerId}/{locationId}/{month:\\d{4}-\\d{2}}.{format:pdf|xlsx}")
	Mono<ResponseEntity<byte[]>> file(@PathVariable long producerId, @PathVariable long locationId,
			@PathVariable String month, @PathVariable String format, Locale locale) {
		return find(producerId, locationId, month).flatMap((statement) -> this.files.file(statement, format, locale));
	}

	private Mono<Statement> find(long producerId, long locationId, String month) {
		return this.consignments.statement(producerId, locationId, ConsignmentController.month(month))
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
