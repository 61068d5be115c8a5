package vn.ocop.market.admin.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import vn.ocop.market.admin.files.Sheet;
import vn.ocop.market.catalog.producer.ProducerKind;
import vn.ocop.market.catalog.product.Gtin;
import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceMatch;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.Council;
import vn.ocop.market.scoring.CouncilResult;
import vn.ocop.market.scoring.IssuingLevel;
import vn.ocop.market.scoring.PartScores;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.scoring.RuleCode;
import vn.ocop.market.scoring.Verdict;
import vn.ocop.market.scoring.Violation;

/**
 * Checks every row of a sheet on its own (cells, provinces, the official scoring rules)
 * and against the other rows of the file. Needs no database.
 */
final class RowChecker {

	private final LocalDate today;

	// a file names a few levels, groups, kinds and provinces, thousands of times
	private final Function<String, Optional<IssuingLevel>> levels = remembered(IssuingLevel::parse);

	private final Function<String, Optional<ProductGroup>> groups = remembered(ProductGroup::parse);

	private final Function<String, Optional<ProducerKind>> kinds = remembered(ProducerKind::parse);

	private final Function<String, ProvinceMatch> provinceMatches;

	RowChecker(ProvinceRegistry provinces, LocalDate today) {
		this.today = today;
		this.provinceMatches = remembered(provinces::match);
	}

	private static <T> Function<String, T> remembered(Function<String, T> function) {
		Map<String, T> results = new HashMap<>();
		return (text) -> results.computeIfAbsent(text, function);
	}

	List<CheckedRow> check(Sheet sheet) {
		Map<Column, Integer> columns = Column.locate(sheet.header());
		List<CheckedRow> rows = new ArrayList<>();
		for (Sheet.Line line : sheet.lines()) {
			if (!line.blank()) {
				rows.add(check(line, columns));
			}
		}
		return againstEachOther(rows);
	}

	/**
	 * A file may hold a product's history (certified, then upgraded), but not the same
	 * decision twice, nor two decisions of one day, which leave no order to apply them
	 * in.
	 */
	private static List<CheckedRow> againstEachOther(List<CheckedRow> rows) {
		SameProduct products = new SameProduct();
		Map<List<Object>, Integer> decisionAt = new HashMap<>();
		Map<List<Object>, Integer> dayAt = new HashMap<>();
		List<CheckedRow> checked = new ArrayList<>(rows);
		for (int i = 0; i < checked.size(); i++) {
			Decision decision = checked.get(i).decision();
			if (decision == null) {
				continue;
			}
			int product = products.firstLine(decision, checked.get(i).line());
			Integer same = decisionAt.putIfAbsent(List.of(product, decision.decisionNo(), decision.decisionDate()), i);
			Integer sameDay = dayAt.putIfAbsent(List.of(product, decision.decisionDate()), i);
			if (same != null) {
				checked.set(i, checked.get(i)
					.withError(new RowError(ErrorCode.DUPLICATE_IN_FILE, Column.PRODUCT_NAME, rows.get(same).line())));
			}
			else if (sameDay != null) {
				checked.set(i, checked.get(i).withError(sameDay(rows.get(sameDay))));
				checked.set(sameDay, checked.get(sameDay).withError(sameDay(rows.get(i))));
			}
		}
		return checked;
	}

	private static RowError sameDay(CheckedRow other) {
		return new RowError(ErrorCode.SAME_DAY_DECISIONS, Column.DECISION_DATE, other.line(),
				other.decision().decisionNo());
	}

	CheckedRow check(Sheet.Line line, Map<Column, Integer> columns) {
		FieldReader cells = new FieldReader(line, columns);
		String decisionNo = cells.text(Column.DECISION_NO);
		LocalDate date = cells.date(Column.DECISION_DATE);
		IssuingLevel level = cells.parsed(Column.ISSUING_LEVEL, ErrorCode.UNKNOWN_LEVEL, this.levels);
		String authority = cells.text(Column.ISSUING_AUTHORITY);
		String productName = cells.text(Column.PRODUCT_NAME);
		ProductGroup group = cells.parsed(Column.PRODUCT_GROUP, ErrorCode.UNKNOWN_GROUP, this.groups);
		String producerName = cells.text(Column.PRODUCER_NAME);
		ProducerKind kind = cells.parsed(Column.PRODUCER_KIND, ErrorCode.UNKNOWN_PRODUCER_KIND, this.kinds);
		String provinceText = cells.text(Column.PROVINCE);
		Province province = (provinceText != null) ? province(provinceText, cells) : null;
		PartScores parts = parts(cells);
		BigDecimal total = cells.decimal(Column.TOTAL_SCORE);
		Integer stars = cells.stars(Column.STARS);
		Gtin gtin = cells.parsed(Column.GTIN, ErrorCode.BAD_GTIN, Gtin::parse);
		Long price = cells.money(Column.PRICE_VND);
		String district = cells.text(Column.DISTRICT);
		String commune = cells.text(Column.COMMUNE);
		Verdict verdict = null;
		if (date != null && level != null && group != null && total != null && stars != null
				&& (parts != null || !hasParts(cells))) {
			verdict = Council.evaluate(new CouncilResult(date, level, group, parts, total, stars), this.today);
			verdict.violations().forEach((violation) -> cells.add(error(violation)));
		}
		if (!cells.errors().isEmpty()) {
			return new CheckedRow(line.number(), null, List.copyOf(cells.errors()), productName, stars, province);
		}
		Decision decision = new Decision(decisionNo, date, level, authority, productName, group, producerName,
				(kind != null) ? kind.name() : null, province, provinceText, district, commune, parts, total, stars,
				gtin, price, verdict.ruleSet().id(), verdict.validUntil(),
				Decision.ProductKey.of(province, producerName, productName));
		return new CheckedRow(line.number(), decision, List.of(), productName, stars, province);
	}

	private Province province(String text, FieldReader cells) {
		ProvinceMatch match = this.provinceMatches.apply(text);
		if (match instanceof ProvinceMatch.Found found) {
			return found.province();
		}
		List<String> closest = ((ProvinceMatch.Unknown) match).closest();
		cells.add(new RowError(ErrorCode.UNKNOWN_PROVINCE, Column.PROVINCE, text, String.join(", ", closest)));
		return null;
	}

	/**
	 * All three part scores or none.
	 */
	private static PartScores parts(FieldReader cells) {
		if (!hasParts(cells)) {
			return null;
		}
		BigDecimal a = required(cells, Column.SCORE_A);
		BigDecimal b = required(cells, Column.SCORE_B);
		BigDecimal c = required(cells, Column.SCORE_C);
		return (a != null && b != null && c != null) ? new PartScores(a, b, c) : null;
	}

	private static boolean hasParts(FieldReader cells) {
		return cells.peek(Column.SCORE_A) || cells.peek(Column.SCORE_B) || cells.peek(Column.SCORE_C);
	}

	private static BigDecimal required(FieldReader cells, Column column) {
		if (!cells.peek(column)) {
			cells.add(new RowError(ErrorCode.MISSING_FIELD, column));
			return null;
		}
		return cells.decimal(column);
	}

	private static RowError error(Violation violation) {
		ErrorCode code = (violation.code() == RuleCode.GROUP_NOT_IN_RULE_SET) ? ErrorCode.UNKNOWN_GROUP
				: ErrorCode.valueOf(violation.code().name());
		return new RowError(code, violation.field(), "import.error." + violation.code().name(),
				violation.args().stream().map(RowChecker::argument).toList());
	}

	/**
	 * Levels and groups are named in the reader's language when the message is shown.
	 */
	private static String argument(Object value) {
		if (value instanceof IssuingLevel level) {
			return Messages.LABEL_PREFIX + "level." + level.name();
		}
		if (value instanceof ProductGroup group) {
			return Messages.LABEL_PREFIX + "group." + group.name();
		}
		if (value instanceof LocalDate date) {
			return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		}
		return String.valueOf(value);
	}

}
