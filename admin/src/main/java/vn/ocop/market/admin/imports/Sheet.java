package vn.ocop.market.admin.imports;

import java.util.List;

/**
 * The cells of an uploaded file as text, whatever its format. Line numbers are the
 * sheet's: the header is line 1.
 */
record Sheet(List<String> header, List<Line> lines) {

	record Line(int number, List<String> cells) {

		String cell(int index) {
			return (index >= 0 && index < this.cells.size()) ? this.cells.get(index).strip() : "";
		}

		boolean blank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

}
