package vn.ocop.market.admin.imports;

import java.util.List;

import vn.ocop.market.catalog.product.Gtin;

/**
 * Decides each row's outcome against the catalog as it is: new product, upgrade, renewal,
 * downgrade, already applied, or older than what the product has.
 */
final class ImportPlanner {

	private ImportPlanner() {
	}

	static List<PlannedRow> plan(List<CheckedRow> rows, KnownProducts known) {
		return rows.stream().map((row) -> plan(row, known)).toList();
	}

	private static PlannedRow plan(CheckedRow row, KnownProducts known) {
		if (!row.valid()) {
			return new PlannedRow(row, Outcome.ERROR, null);
		}
		Decision decision = row.decision();
		Long productId = productOf(decision, known);
		if (productId == null) {
			return new PlannedRow(row, Outcome.NEW, null);
		}
		Gtin registered = known.gtinOf().get(productId);
		if (decision.gtin() != null && registered != null && !registered.equals(decision.gtin())) {
			return new PlannedRow(row.withError(new RowError(ErrorCode.BAD_GTIN, Column.GTIN.key(),
					"import.error.BAD_GTIN.conflict", List.of(decision.gtin().value(), registered.value()))),
					Outcome.ERROR, productId);
		}
		return new PlannedRow(row, outcome(decision, productId, known), productId);
	}

	private static Long productOf(Decision decision, KnownProducts known) {
		Long byGtin = (decision.gtin() != null) ? known.byGtin().get(decision.gtin()) : null;
		return (byGtin != null) ? byGtin : known.byKey().get(decision.productKey());
	}

	private static Outcome outcome(Decision decision, long productId, KnownProducts known) {
		if (known.decisions()
			.contains(new KnownProducts.DecisionRef(productId, decision.decisionNo(), decision.decisionDate()))) {
			return Outcome.UNCHANGED;
		}
		KnownProducts.Current current = known.current().get(productId);
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
