package vn.ocop.market.admin.programme;

import java.util.ArrayList;
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
import vn.ocop.market.catalog.producer.ProducerKind;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.catalog.web.Formats;
import vn.ocop.market.scoring.ProductGroup;

/**
 * A programme report as the files sent up the chain: an XLSX workbook with a sheet per
 * table, and a PDF of the same tables.
 */
@Component
class ReportFiles {

	private static final List<float[]> PDF_WIDTHS = List.of(new float[] { .7f, .3f },
			new float[] { .4f, .15f, .15f, .15f, .15f }, new float[] { .7f, .3f }, new float[] { .7f, .3f },
			new float[] { .12f, .12f, .16f, .22f, .2f, .12f, .06f },
			new float[] { .16f, .1f, .1f, .1f, .1f, .1f, .1f, .12f, .12f }, new float[] { .4f, .3f, .3f },
			new float[] { .4f, .3f, .12f, .18f });

	private final MessageSource messages;

	private final ProvinceRegistry provinces;

	private final Areas areas;

	ReportFiles(MessageSource messages, ProvinceRegistry provinces, Areas areas) {
		this.messages = messages;
		this.provinces = provinces;
		this.areas = areas;
	}

	Mono<ResponseEntity<byte[]>> file(ProgrammeReport report, ReportPeriod period, String format, Locale locale) {
		boolean pdf = "pdf".equals(format);
		return Mono.fromCallable(() -> {
			List<Table> tables = tables(report, locale);
			return pdf ? TablePdf.of(title(report, locale), lines(report, period, locale), tables, PDF_WIDTHS)
					: Table.xlsx(tables);
		})
			.subscribeOn(Schedulers.boundedElastic())
			.map((bytes) -> Download.of(fileName(report, period, format),
					pdf ? MediaType.APPLICATION_PDF : Download.XLSX, bytes));
	}

	static String fileName(ProgrammeReport report, ReportPeriod period, String format) {
		String area = (report.area().slug() != null) ? report.area().slug() : "ca-nuoc";
		return "bao-cao-ocop-" + area + "-" + period.code() + "." + format;
	}

	private String title(ProgrammeReport report, Locale locale) {
		return text("report.title", locale, this.areas.name(report.area(), locale));
	}

	private List<String> lines(ProgrammeReport report, ReportPeriod period, Locale locale) {
		return List.of(period.label(this.messages, locale), text("report.as-of", locale, Formats.date(report.today())));
	}

	List<Table> tables(ProgrammeReport report, Locale locale) {
		return List.of(summary(report, locale), starsByProvince(report, locale), byGroup(report, locale),
				byKind(report, locale), changes(report, locale), targets(report, locale), sales(report, locale),
				top(report, locale));
	}

	private Table summary(ProgrammeReport report, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		CertifiedNow now = report.certifiedNow();
		rows.add(List.of(text("report.certified-now", locale), now.total()));
		now.byStars().forEach((stars, n) -> rows.add(List.of(text("report.stars", locale, stars), n)));
		CertifiedFigures.CHANGES
			.forEach((kind) -> rows.add(List.of(text("change." + kind, locale), report.period().get(kind))));
		for (int i = 0; i < Renewals.WINDOWS.size(); i++) {
			rows.add(List.of(text("report.expiring", locale, Renewals.WINDOWS.get(i)), report.expiring().get(i)));
		}
		rows.add(List.of(text("report.sales-total", locale), report.sales().total().vnd()));
		return new Table(text("report.sheet.summary", locale),
				List.of(text("report.col.figure", locale), text("report.col.value", locale)), rows);
	}

	private Table starsByProvince(ProgrammeReport report, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		report.certifiedNow().heat().forEach((code, stars) -> {
			List<Object> row = new ArrayList<>();
			row.add(provinceName(code, locale));
			row.addAll(stars.values());
			row.add(report.certifiedNow().byProvince().get(code));
			rows.add(row);
		});
		return new Table(text("report.sheet.provinces", locale),
				List.of(text("report.col.province", locale), "3★", "4★", "5★", text("report.col.total", locale)), rows);
	}

	private Table byGroup(ProgrammeReport report, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		report.certifiedNow().byGroup().forEach((group, n) -> rows.add(List.of(groupName(group, locale), n)));
		return new Table(text("report.sheet.groups", locale),
				List.of(text("report.col.group", locale), text("report.col.products", locale)), rows);
	}

	private Table byKind(ProgrammeReport report, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		report.certifiedNow().byKind().forEach((kind, n) -> rows.add(List.of(kindName(kind, locale), n)));
		return new Table(text("report.sheet.kinds", locale),
				List.of(text("report.col.kind", locale), text("report.col.products", locale)), rows);
	}

	private Table changes(ProgrammeReport report, Locale locale) {
		List<List<Object>> rows = report.changes()
			.stream()
			.map((change) -> List.<Object>of(Formats.date(change.onDay()), text("change." + change.kind(), locale),
					change.decisionNo(), change.product(), change.producer(),
					provinceName(change.province().code(), locale),
					(change.previousStars() != null && !change.previousStars().equals(change.stars()))
							? change.previousStars() + "→" + change.stars() : String.valueOf(change.stars())))
			.toList();
		return new Table(text("report.sheet.changes", locale),
				List.of(text("report.col.date", locale), text("report.col.change", locale),
						text("report.col.decision", locale), text("report.col.product", locale),
						text("report.col.producer", locale), text("report.col.province", locale), "★"),
				rows);
	}

	private Table targets(ProgrammeReport report, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (Progress progress : report.targets()) {
			Target target = progress.target();
			List<Object> row = new ArrayList<>();
			row.add(provinceName(progress.province().code(), locale));
			row.add(target.certified3plus());
			row.add(progress.certified());
			row.add(target.upgraded3to4());
			row.add(progress.upgraded());
			row.add(target.fiveStar());
			row.add(progress.fiveStar());
			row.add(target.share3plusPercent());
			row.add(progress.share());
			rows.add(row);
		}
		return new Table(text("report.sheet.targets", locale, report.to().getYear()),
				List.of(text("report.col.province", locale), text("target.certified", locale),
						text("report.col.result", locale), text("target.upgraded", locale),
						text("report.col.result", locale), text("target.five", locale),
						text("report.col.result", locale), text("target.share", locale),
						text("report.col.result", locale)),
				rows);
	}

	private Table sales(ProgrammeReport report, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		report.sales()
			.byChannel()
			.forEach((channel, amount) -> rows
				.add(List.of(text("channel." + channel, locale), amount.quantity(), amount.vnd())));
		report.sales()
			.byStars()
			.forEach((stars, amount) -> rows.add(
					List.of((stars > 0) ? text("report.stars", locale, stars) : "–", amount.quantity(), amount.vnd())));
		report.sales()
			.byProvince()
			.forEach((code, amount) -> rows.add(List.of(provinceName(code, locale), amount.quantity(), amount.vnd())));
		return new Table(text("report.sheet.sales", locale), List.of(text("report.col.sales-by", locale),
				text("report.col.quantity", locale), text("report.col.amount", locale)), rows);
	}

	private Table top(ProgrammeReport report, Locale locale) {
		List<List<Object>> rows = report.sales()
			.top()
			.stream()
			.map((top) -> List.<Object>of(top.name(), top.producer(), top.quantity(), top.vnd()))
			.toList();
		return new Table(text("report.sheet.top", locale),
				List.of(text("report.col.product", locale), text("report.col.producer", locale),
						text("report.col.quantity", locale), text("report.col.amount", locale)),
				rows);
	}

	private String provinceName(String code, Locale locale) {
		return this.provinces.byCode(code)
			.map((p) -> "en".equals(locale.getLanguage()) ? p.nameEn() : p.nameVi())
			.orElse(code);
	}

	private static String groupName(String group, Locale locale) {
		ProductGroup value = ProductGroup.valueOf(group);
		return "en".equals(locale.getLanguage()) ? value.labelEn() : value.labelVi();
	}

	private static String kindName(String kind, Locale locale) {
		ProducerKind value = ProducerKind.valueOf(kind);
		return "en".equals(locale.getLanguage()) ? value.labelEn() : value.labelVi();
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
