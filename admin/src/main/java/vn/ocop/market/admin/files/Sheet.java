package vn.ocop.market.admin.files;

import java.util.List;

/**
 * The cells of an uploaded file as text, whatever its format. Line numbers are the
 * sheet's: the header is line 1.
 */
public record Sheet(List<String> header, List<Line> lines) {

	/**
	 * Reads an upload as XLSX when it is a workbook, otherwise as CSV.
	 * @throws UnreadableFileException when it is neither
	 */
	public static Sheet read(byte[] content) {
		return XlsxFormat.looksLikeXlsx(content) ? XlsxFormat.read(content) : CsvFormat.read(content);
	}

	public record Line(int number, List<String> cells) {

		public String cell(int index) {
			return (index >= 0 && index < this.cells.size()) ? this.cells.get(index).strip() : "";
		}

		public boolean blank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

}
