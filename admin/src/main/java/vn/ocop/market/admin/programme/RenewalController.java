package vn.ocop.market.admin.programme;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ocop.market.admin.files.Download;
import vn.ocop.market.admin.files.Table;
import vn.ocop.market.catalog.web.Formats;

/**
 * Certificates to renew: those running out within 30, 90 or 180 days, with the producer's
 * contacts, on screen and as CSV or XLSX.
 */
@Controller
class RenewalController {

	private final Renewals renewals;

	private final ProgrammeReports reports;

	private final Areas areas;

	private final MessageSource messages;

	RenewalController(Renewals renewals, ProgrammeReports reports, Areas areas, MessageSource messages) {
		this.renewals = renewals;
		this.reports = reports;
		this.areas = areas;
		this.messages = messages;
	}

	@GetMapping("/dashboard/renewals")
	Mono<String> renewals(@RequestParam(name = "province", required = false) String province,
			@RequestParam(name = "within", defaultValue = "90") int within, Model model, Locale locale) {
		Area area = this.areas.of(province);
		int days = window(within);
		model.addAttribute("area", area);
		model.addAttribute("areaName", this.areas.name(area, locale));
		model.addAttribute("within", days);
		model.addAttribute("windows", Renewals.WINDOWS);
		model.addAttribute("expiring", this.renewals.within(area, this.reports.today(), days).collectList());
		return Mono.just("dashboard/renewals");
	}

	@GetMapping("/dashboard/renewals.{format:csv|xlsx}")
	Mono<ResponseEntity<byte[]>> export(@PathVariable String format,
			@RequestParam(name = "province", required = false) String province,
			@RequestParam(name = "within", defaultValue = "90") int within, Locale locale) {
		Area area = this.areas.of(province);
		int days = window(within);
		String name = "gia-han-ocop-" + ((area.slug() != null) ? area.slug() + "-" : "") + days + "-ngay";
		return this.renewals.within(area, this.reports.today(), days)
			.collectList()
			.publishOn(Schedulers.boundedElastic())
			.map((expiring) -> Download.table(name, format, table(expiring, days, locale)));
	}

	private static int window(int within) {
		return Renewals.WINDOWS.contains(within) ? within : 90;
	}

	private Table table(List<Renewals.Expiring> expiring, int days, Locale locale) {
		List<List<Object>> rows = expiring.stream()
			.map((e) -> Arrays.<Object>asList(e.product(), e.stars(), e.decisionNo(), Formats.date(e.validUntil()),
					e.daysLeft(), e.producer(),
					"en".equals(locale.getLanguage()) ? e.province().nameEn() : e.province().nameVi(), e.phone(),
					e.email(), e.address()))
			.toList();
		return new Table(text("renewals.title", locale, days),
				List.of(text("report.col.product", locale), "★", text("report.col.decision", locale),
						text("renewals.col.valid-until", locale), text("renewals.col.days-left", locale),
						text("report.col.producer", locale), text("report.col.province", locale),
						text("renewals.col.phone", locale), text("renewals.col.email", locale),
						text("renewals.col.address", locale)),
				rows);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
