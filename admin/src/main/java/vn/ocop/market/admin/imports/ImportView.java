package vn.ocop.market.admin.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * The JSON shape of an import for integrations (and the rows shown on the preview page).
 */
record ImportView(long importId, boolean dryRun, boolean applied, ImportRecord.Status status, Long duplicateOf,
		Map<Outcome, Integer> counts, List<Row> rows) {

	record Row(int row, Outcome outcome, Integer stars, String productName, ProvinceRef province, List<Error> errors) {

	}

	record ProvinceRef(String slug, String name) {

	}

	record Error(String code, String field, String message) {

	}

	static ImportView of(ImportResult result, boolean dryRun, Messages messages, ProvinceRegistry provinces,
			Locale locale) {
		ImportRecord record = result.record();
		List<Row> rows = result.rows()
			.stream()
			.map((row) -> new Row(row.row(), row.outcome(), row.stars(), row.productName(),
					(row.provinceCode() != null) ? provinces.byCode(row.provinceCode())
						.map((p) -> new ProvinceRef(p.slug(), Messages.provinceName(p, locale)))
						.orElse(null) : null,
					row.errors()
						.stream()
						.map((error) -> new Error(error.code().name(), error.field(), messages.error(error, locale)))
						.toList()))
			.toList();
		return new ImportView(record.id(), dryRun, record.status() == ImportRecord.Status.APPLIED, record.status(),
				result.duplicateOf(), record.counts(), rows);
	}

}
