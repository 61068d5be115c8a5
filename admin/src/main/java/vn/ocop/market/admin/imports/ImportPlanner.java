package vn.ocop.market.admin.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ocop.market.catalog.product.Gtin;

/**
 * Decides each row's outcome against the catalog as it is: new product, upgrade, renewal,
 * downgrade, already applied, or older than what the product has. Rows of one product are
 * judged in decision-date order, each against the state the earlier ones leave, so a file
 * can carry a product's whole history.
 */
final class ImportPlanner {

	private static final Comparator<PlannedRow> BY_DECISION_DATE = Comparator
		.comparing((PlannedRow row) -> row.row().decision().decisionDate())
		.thenComparing((row) -> row.row().line());

	private ImportPlanner() {
	}

	static List<PlannedRow> plan(List<CheckedRow> rows, KnownProducts known) {
		List<PlannedRow> planned = new ArrayList<>(rows.stream().map((row) -> resolve(row, known)).toList());
		for (List<Integer> history : histories(planned)) {
			history.sort(Comparator.comparing(planned::get, BY_DECISION_DATE));
			judge(history, planned, known);
		}
		return planned;
	}

	/**
	 * The rows of each product, by their index: the catalog's product, or for a product
	 * new to the catalog the line the file first names it on.
	 */
	private static List<List<Integer>> histories(List<PlannedRow> planned) {
		SameProduct inFile = new SameProduct();
		Map<Object, List<Integer>> histories = new LinkedHashMap<>();
		for (int i = 0; i < planned.size(); i++) {
			PlannedRow row = planned.get(i);
			if (row.outcome() != Outcome.ERROR) {
				Object product = (row.productId() != null) ? row.productId()
						: "line " + inFile.firstLine(row.row().decision(), row.row().line());
				histories.computeIfAbsent(product, (key) -> new ArrayList<>()).add(i);
			}
		}
		return new ArrayList<>(histories.values());
	}

	private static void judge(List<Integer> history, List<PlannedRow> planned, KnownProducts known) {
		PlannedRow first = planned.get(history.get(0));
		Long productId = first.productId();
		KnownProducts.Current current = (productId != null) ? known.current().get(productId) : null;
		Decision.ProductKey created = null;
		int latest = -1;
		for (int index : history) {
			Decision decision = planned.get(index).row().decision();
			Outcome outcome = outcome(decision, productId, current, known);
			if (outcome == Outcome.NEW && productId == null) {
				created = decision.productKey();
			}
			if (outcome != Outcome.STALE && outcome != Outcome.UNCHANGED) {
				current = new KnownProducts.Current(decision.decisionNo(), decision.decisionDate(), decision.stars());
				latest = index;
			}
			planned.set(index, new PlannedRow(planned.get(index).row(), outcome, productId, created, false));
		}
		if (latest >= 0) {
			PlannedRow row = planned.get(latest);
			planned.set(latest, new PlannedRow(row.row(), row.outcome(), productId, created, true));
		}
	}

	private static PlannedRow resolve(CheckedRow row, KnownProducts known) {
		if (!row.valid()) {
			return PlannedRow.error(row, null);
		}
		Decision decision = row.decision();
		Long productId = productOf(decision, known);
		Gtin registered = (productId != null) ? known.gtinOf().get(productId) : null;
		if (decision.gtin() != null && registered != null && !registered.equals(decision.gtin())) {
			return PlannedRow.error(row.withError(new RowError(ErrorCode.BAD_GTIN, Column.GTIN.key(),
					"import.error.BAD_GTIN.conflict", List.of(decision.gtin().value(), registered.value()))),
					productId);
		}
		return new PlannedRow(row, Outcome.NEW, productId, null, false);
	}

	private static Long productOf(Decision decision, KnownProducts known) {
		Long byGtin = (decision.gtin() != null) ? known.byGtin().get(decision.gtin()) : null;
		return (byGtin != null) ? byGtin : known.byKey().get(decision.productKey());
	}

	private static Outcome outcome(Decision decision, Long productId, KnownProducts.Current current,
			KnownProducts known) {
		if (productId != null && known.decisions()
			.contains(new KnownProducts.DecisionRef(productId, decision.decisionNo(), decision.decisionDate()))) {
			return Outcome.UNCHANGED;
		}
		if (current == null) {
			return Outcome.NEW;
		}
		if (decision.decisionDate().isBefore(current.decisionDate())) {
			return Outcome.STALE;
		}
		int compared = Integer.compare(decision.stars(), current.stars());
		return (compared > 0) ? Outcome.UPGRADE : (compared < 0) ? Outcome.DOWNGRADE : Outcome.RENEWAL;
	}

}
