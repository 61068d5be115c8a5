package vn.ocop.market.admin.programme;

import java.security.Principal;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.admin.system.Forms;
import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * The office enters each province's yearly targets and sees the year's results beside
 * them.
 */
@Controller
class TargetController {

	private final Targets targets;

	private final ProgrammeReports reports;

	private final ProvinceRegistry provinces;

	TargetController(Targets targets, ProgrammeReports reports, ProvinceRegistry provinces) {
		this.targets = targets;
		this.reports = reports;
		this.provinces = provinces;
	}

	@GetMapping("/dashboard/targets")
	Mono<String> list(@RequestParam(name = "year", required = false) Integer year,
			@RequestParam(name = "province", required = false) String province, Model model) {
		int shown = (year != null) ? year : this.reports.today().getYear();
		return this.targets.progress(Area.COUNTRY, shown).collectList().flatMap((progress) -> {
			Target form = progress.stream()
				.filter((p) -> p.province().slug().equals(province))
				.map(Progress::target)
				.findFirst()
				.orElseGet(() -> withProvince(Target.empty(shown), province));
			return Mono.just(page(form, progress, java.util.Map.of(), model));
		});
	}

	@PostMapping("/dashboard/targets")
	Mono<String> save(@Valid @ModelAttribute("form") Target form, BindingResult result, ServerWebExchange exchange,
			Principal principal, Model model) {
		if (result.hasErrors() || this.provinces.byCode(form.provinceCode()).isEmpty()) {
			Forms.refused(exchange);
			int year = (form.year() != null) ? form.year() : this.reports.today().getYear();
			java.util.Map<String, String> errors = new java.util.LinkedHashMap<>(Forms.errors(result));
			if (this.provinces.byCode(form.provinceCode()).isEmpty()) {
				errors.putIfAbsent("provinceCode", "target.error.province");
			}
			return this.targets.progress(Area.COUNTRY, year)
				.collectList()
				.map((progress) -> page(form, progress, errors, model));
		}
		return this.targets.save(form, principal.getName())
			.thenReturn("redirect:/dashboard/targets?year=" + form.year() + "&saved");
	}

	@PostMapping("/dashboard/targets/delete")
	Mono<String> delete(@RequestParam("provinceCode") String provinceCode, @RequestParam("year") int year) {
		return this.targets.delete(provinceCode, year)
			.thenReturn("redirect:/dashboard/targets?year=" + year + "&deleted");
	}

	private Target withProvince(Target target, String slug) {
		String code = this.provinces.bySlug((slug != null) ? slug : "").map((p) -> p.code()).orElse("");
		return new Target(code, target.year(), null, null, null, null, null);
	}

	private String page(Target form, java.util.List<Progress> progress, java.util.Map<String, String> errors,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("progress", progress);
		model.addAttribute("errors", errors);
		model.addAttribute("year", form.year());
		model.addAttribute("provinces", this.provinces.provinces());
		return "dashboard/targets";
	}

}
