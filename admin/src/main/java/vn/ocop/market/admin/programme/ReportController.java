package vn.ocop.market.admin.programme;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * Programme reports: monthly, quarterly and yearly files from the dashboard, and the same
 * figures for integrations at {@code /api/reports/programme} as JSON, XLSX or PDF.
 */
@RestController
class ReportController {

	private final ProgrammeReports reports;

	private final ReportFiles files;

	private final Areas areas;

	private final ProvinceRegistry provinces;

	private final MessageSource messages;

	ReportController(ProgrammeReports reports, ReportFiles files, Areas areas, ProvinceRegistry provinces,
			MessageSource messages) {
		this.reports = reports;
		this.files = files;
		this.areas = areas;
		this.provinces = provinces;
		this.messages = messages;
	}

	@GetMapping("/dashboard/report")
	Mono<ResponseEntity<byte[]>> download(@RequestParam(name = "period", defaultValue = "MONTH") String kind,
			@RequestParam(name = "year", required = false) Integer year,
			@RequestParam(name = "number", required = false) Integer number,
			@RequestParam(name = "province", required = false) String province,
			@RequestParam(name = "format", defaultValue = "xlsx") String format, Locale locale) {
		ReportPeriod period = period(kind, year, number);
		Area area = this.areas.of(province);
		return this.reports.of(area, period.from(), period.to())
			.flatMap((report) -> this.files.file(report, period, fileFormat(format), locale));
	}

	@GetMapping("/api/reports/programme")
	Mono<ResponseEntity<?>> api(@RequestParam(name = "province", required = false) String province,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "format", defaultValue = "json") String format, Locale locale) {
		Area area = this.areas.of(province);
		LocalDate today = this.reports.today();
		LocalDate start = date(from, today.withDayOfYear(1));
		LocalDate end = date(to, today);
		if (end.isBefore(start) || start.plusYears(10).isBefore(end)) {
			throw bad("report.error.dates");
		}
		ReportPeriod period = new ReportPeriod(ReportPeriod.Kind.DATES, start, end);
		Mono<ProgrammeReport> report = this.reports.of(area, period.from(), period.to());
		if ("json".equals(format)) {
			return report.map((r) -> ResponseEntity.ok(r.json(this.provinces)));
		}
		return report.flatMap((r) -> this.files.file(r, period, fileFormat(format), locale));
	}

	private static ReportPeriod period(String kind, Integer year, Integer number) {
		try {
			ReportPeriod.Kind parsed = ReportPeriod.Kind.valueOf(kind);
			if (year == null || year < 2018 || year > 2100) {
				throw bad("report.error.period");
			}
			return switch (parsed) {
				case MONTH -> ReportPeriod.month(year, (number != null) ? number : 1);
				case QUARTER -> ReportPeriod.quarter(year, (number != null) ? number : 1);
				case YEAR, DATES -> ReportPeriod.year(year);
			};
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			throw bad("report.error.period");
		}
	}

	private static String fileFormat(String format) {
		if (!"xlsx".equals(format) && !"pdf".equals(format)) {
			throw bad("report.error.format");
		}
		return format;
	}

	private static LocalDate date(String text, LocalDate otherwise) {
		try {
			return (text == null || text.isBlank()) ? otherwise : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw bad("report.error.dates");
		}
	}

	@ExceptionHandler(BadReportRequest.class)
	ResponseEntity<Map<String, String>> refused(BadReportRequest ex, Locale locale) {
		return ResponseEntity.badRequest()
			.body(Map.of("error", ex.getMessage(), "message", this.messages.getMessage(ex.getMessage(), null, locale)));
	}

	private static BadReportRequest bad(String code) {
		return new BadReportRequest(code);
	}

	/**
	 * A report asked for with a period, dates or format it cannot have; the message is
	 * its stable code.
	 */
	static class BadReportRequest extends RuntimeException {

		BadReportRequest(String code) {
			super(code, null, false, false);
		}

	}

}
