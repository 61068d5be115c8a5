package vn.ocop.market.admin.consignment;

import java.time.YearMonth;
import java.util.List;

import vn.ocop.market.admin.files.Table;

/**
 * A producer's consignment statement for one location and month: per product, what was
 * there at the start, what came and went, and what is left, which always equals the
 * ledger at the month's end.
 */
record Statement(long producerId, String producer, long locationId, String location, YearMonth month,
		List<Line> lines) {

	public Line total() {
		return new Line(0, "", sum(Line::opening), sum(Line::received), sum(Line::transferredIn),
				sum(Line::transferredOut), sum(Line::sold), lines.stream().mapToLong(Line::salesValue).sum(),
				sum(Line::returned), sum(Line::adjusted), sum(Line::closing));
	}

	private int sum(java.util.function.ToIntFunction<Line> field) {
		return this.lines.stream().mapToInt(field).sum();
	}

	/**
	 * The statement as a table, headed in the reader's language.
	 */
	Table table(java.util.function.Function<String, String> text) {
		List<List<Object>> rows = new java.util.ArrayList<>(this.lines.stream().map(Line::cells).toList());
		Line total = total();
		List<Object> last = new java.util.ArrayList<>(total.cells());
		last.set(0, text.apply("statement.total"));
		rows.add(last);
		return new Table(text.apply("statement.sheet"),
				List.of(text.apply("statement.col.product"), text.apply("statement.col.opening"),
						text.apply("statement.col.received"), text.apply("statement.col.transferred-in"),
						text.apply("statement.col.transferred-out"), text.apply("statement.col.sold"),
						text.apply("statement.col.sales-value"), text.apply("statement.col.returned"),
						text.apply("statement.col.adjusted"), text.apply("statement.col.closing")),
				rows);
	}

	/**
	 * One product's month at the location, in units (and the sales in đồng).
	 */
	record Line(long productId, String product, int opening, int received, int transferredIn, int transferredOut,
			int sold, long salesValue, int returned, int adjusted, int closing) {

		/**
		 * Whether the month adds up: opening plus what came less what went is what is
		 * left.
		 */
		public boolean balances() {
			return this.opening + this.received + this.transferredIn - this.transferredOut - this.sold - this.returned
					+ this.adjusted == this.closing;
		}

		public List<Object> cells() {
			return List.of(this.product, this.opening, this.received, this.transferredIn, this.transferredOut,
					this.sold, this.salesValue, this.returned, this.adjusted, this.closing);
		}

	}

}
