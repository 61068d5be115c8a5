package vn.ocop.market.admin.programme;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * The office's home: where the programme stands today, how it moved over the years, this
 * year's targets, coming renewals and sales, for the country or one province.
 */
@Controller
class DashboardController {

	private static final int LIST_LIMIT = 500;

	private final ProgrammeReports reports;

	private final CertifiedFigures certified;

	private final Areas areas;

	private final ProvinceRegistry provinces;

	/** For the templates, which may not call beans: the registry's provinces by code. */
	private final Map<String, Province> provinceByCode;

	DashboardController(ProgrammeReports reports, CertifiedFigures certified, Areas areas, ProvinceRegistry provinces) {
		this.reports = reports;
		this.certified = certified;
		this.areas = areas;
		this.provinces = provinces;
		this.provinceByCode = provinces.provinces()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Province::code, Function.identity()));
	}

	@GetMapping("/dashboard")
	Mono<String> dashboard(@RequestParam(name = "province", required = false) String province,
			@RequestParam(name = "year", required = false) Integer year, Model model, Locale locale) {
		Area area = this.areas.of(province);
		int thisYear = this.reports.today().getYear();
		int shown = (year != null && year >= 2018 && year <= thisYear) ? year : thisYear;
		ReportPeriod period = ReportPeriod.year(shown);
		model.addAttribute("area", area);
		model.addAttribute("areaName", this.areas.name(area, locale));
		model.addAttribute("year", shown);
		model.addAttribute("years", IntStream.rangeClosed(2019, thisYear).boxed().sorted((a, b) -> b - a).toList());
		model.addAttribute("provinces", this.provinces.provinces());
		model.addAttribute("provinceByCode", this.provinceByCode);
		model.addAttribute("bars", Bars.INSTANCE);
		model.addAttribute("stars", CertifiedNow.STARS);
		model.addAttribute("changes", CertifiedFigures.CHANGES);
		model.addAttribute("windows", Renewals.WINDOWS);
		model.addAttribute("reportKinds",
				List.of(ReportPeriod.Kind.MONTH, ReportPeriod.Kind.QUARTER, ReportPeriod.Kind.YEAR));
		model.addAttribute("oneClick", List.of(ReportPeriod.containing(ReportPeriod.Kind.MONTH, this.reports.today()),
				ReportPeriod.containing(ReportPeriod.Kind.QUARTER, this.reports.today()), period));
		return Mono
			.zip(this.reports.of(area, period.from(), period.to()), this.certified.trend(area, this.reports.today()))
			.map((found) -> {
				model.addAttribute("report", found.getT1());
				model.addAttribute("trend", found.getT2());
				model.addAttribute("trendChart", TrendChart.of(found.getT2()));
				return "dashboard/index";
			});
	}

	@GetMapping("/dashboard/products")
	Mono<String> products(@RequestParam(name = "province", required = false) String province,
			@RequestParam(name = "stars", required = false) Integer stars,
			@RequestParam(name = "group", required = false) String group,
			@RequestParam(name = "kind", required = false) String kind, Model model, Locale locale) {
		Area area = this.areas.of(province);
		CertifiedFigures.Filter filter = new CertifiedFigures.Filter(stars, blankToNull(group), blankToNull(kind));
		model.addAttribute("area", area);
		model.addAttribute("areaName", this.areas.name(area, locale));
		model.addAttribute("filter", filter);
		model.addAttribute("limit", LIST_LIMIT);
		return this.certified.listed(area, filter, this.reports.today(), LIST_LIMIT + 1).collectList().map((listed) -> {
			model.addAttribute("more", listed.size() > LIST_LIMIT);
			model.addAttribute("listed", listed.subList(0, Math.min(LIST_LIMIT, listed.size())));
			return "dashboard/products";
		});
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
