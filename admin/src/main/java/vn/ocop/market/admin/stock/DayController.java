package vn.ocop.market.admin.stock;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.ocop.market.admin.account.LocationScope;
import vn.ocop.market.admin.files.Download;
import vn.ocop.market.admin.files.Table;
import vn.ocop.market.catalog.web.VietnamWebConfiguration;

/**
 * A location's daily summary: sales by product and payment method, and every movement, on
 * screen and as CSV or XLSX.
 */
@Controller
class DayController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(VietnamWebConfiguration.VIETNAM);

	private final StockLevels levels;

	private final DayBook days;

	private final StockMessages messages;

	private final Clock clock;

	DayController(StockLevels levels, DayBook days, StockMessages messages, Clock clock) {
		this.levels = levels;
		this.days = days;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/stock/{id}/day")
	Mono<String> day(@PathVariable long id, @RequestParam(name = "date", required = false) String date,
			LocationScope scope, Model model) {
		LocalDate day = date(date);
		return place(scope, id).zipWith(this.days.of(scope, id, day)).map((both) -> {
			model.addAttribute("place", both.getT1());
			model.addAttribute("day", both.getT2());
			model.addAttribute("previous", day.minusDays(1));
			model.addAttribute("next", day.plusDays(1));
			return "stock/day";
		});
	}

	@GetMapping("/stock/{id}/day.csv")
	Mono<ResponseEntity<byte[]>> csv(@PathVariable long id, @RequestParam(name = "date", required = false) String date,
			LocationScope scope, Locale locale) {
		LocalDate day = date(date);
		return place(scope, id).zipWith(this.days.of(scope, id, day))
			.map((both) -> file(both.getT1(), day, "csv", Download.CSV,
					String
						.join("\r\n",
								both.getT2()
									.tables(labels(locale))
									.stream()
									.map((table) -> table.title() + "\r\n" + table.csv().replace("\uFEFF", ""))
									.toList())
						.transform((text) -> "\uFEFF" + text)
						.getBytes(StandardCharsets.UTF_8)));
	}

	@GetMapping("/stock/{id}/day.xlsx")
	Mono<ResponseEntity<byte[]>> xlsx(@PathVariable long id, @RequestParam(name = "date", required = false) String date,
			LocationScope scope, Locale locale) {
		LocalDate day = date(date);
		return place(scope, id).zipWith(this.days.of(scope, id, day))
			.flatMap((both) -> Mono.fromCallable(() -> Table.xlsx(both.getT2().tables(labels(locale))))
				.subscribeOn(Schedulers.boundedElastic())
				.map((bytes) -> file(both.getT1(), day, "xlsx", Download.XLSX, bytes)));
	}

	private DayBook.Labels labels(Locale locale) {
		return new DayBook.Labels() {

			@Override
			public String text(String key) {
				return DayController.this.messages.text(key, locale);
			}

			@Override
			public String time(Instant at) {
				return TIME.format(at);
			}

		};
	}

	private static ResponseEntity<byte[]> file(Place place, LocalDate day, String extension, MediaType type,
			byte[] body) {
		return Download.of("so-ngay-" + place.id() + "-" + day + "." + extension, type, body);
	}

	private LocalDate date(String value) {
		try {
			return (value != null && !value.isBlank()) ? LocalDate.parse(value) : LocalDate.now(this.clock);
		}
		catch (DateTimeParseException ex) {
			return LocalDate.now(this.clock);
		}
	}

	private Mono<Place> place(LocationScope scope, long id) {
		return this.levels.place(scope, id)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
