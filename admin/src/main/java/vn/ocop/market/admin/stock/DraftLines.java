package vn.ocop.market.admin.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.util.MultiValueMap;

/**
 * The lines of a form being filled in (a sale, a receipt, a transfer), carried by the
 * form itself as parallel fields {@code product}, {@code batch} and {@code quantity}: no
 * server session, and every step works without JavaScript.
 */
record DraftLines(List<Line> lines) {

	static final int MAX_LINES = 60;

	static final int MAX_QUANTITY = 9999;

	DraftLines {
		lines = List.copyOf(lines);
	}

	static DraftLines empty() {
		return new DraftLines(List.of());
	}

	/**
	 * The lines the form carried; malformed ones and quantities below one are dropped.
	 */
	static DraftLines of(MultiValueMap<String, String> form) {
		List<String> products = form.getOrDefault("product", List.of());
		List<String> batches = form.getOrDefault("batch", List.of());
		List<String> quantities = form.getOrDefault("quantity", List.of());
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < products.size() && i < quantities.size() && lines.size() < MAX_LINES; i++) {
			Long product = id(products.get(i));
			Long batch = (i < batches.size()) ? id(batches.get(i)) : null;
			Integer quantity = quantity(quantities.get(i));
			if (product != null && quantity != null && quantity > 0) {
				lines.add(new Line(product, batch, quantity));
			}
		}
		return new DraftLines(lines).merged();
	}

	/**
	 * Adds the units to the line of the same product and lot, or as a new line.
	 */
	DraftLines plus(Line line) {
		List<Line> next = new ArrayList<>(this.lines);
		next.add(line);
		return new DraftLines(next).merged();
	}

	DraftLines without(int index) {
		List<Line> next = new ArrayList<>(this.lines);
		if (index >= 0 && index < next.size()) {
			next.remove(index);
		}
		return new DraftLines(next);
	}

	boolean isEmpty() {
		return this.lines.isEmpty();
	}

	private DraftLines merged() {
		List<Line> merged = new ArrayList<>();
		for (Line line : this.lines) {
			int at = indexOf(merged, line);
			if (at < 0) {
				merged.add(line);
			}
			else {
				Line same = merged.get(at);
				merged.set(at, new Line(same.productId(), same.batchId(),
						Math.min(MAX_QUANTITY, same.quantity() + line.quantity())));
			}
		}
		return new DraftLines(merged);
	}

	private static int indexOf(List<Line> lines, Line line) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).productId() == line.productId()
					&& Objects.equals(lines.get(i).batchId(), line.batchId())) {
				return i;
			}
		}
		return -1;
	}

	static Long id(String value) {
		return (value != null && value.strip().matches("\\d{1,18}")) ? Long.valueOf(value.strip()) : null;
	}

	static Integer quantity(String value) {
		if (value == null || !value.strip().matches("\\d{1,4}")) {
			return null;
		}
		return Integer.valueOf(value.strip());
	}

	/**
	 * Units of a product, of one lot or of none in particular.
	 */
	record Line(long productId, Long batchId, int quantity) {

	}

}
