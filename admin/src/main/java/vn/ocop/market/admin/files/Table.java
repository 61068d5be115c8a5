package vn.ocop.market.admin.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table for download, written as CSV (UTF-8 with a byte order mark, so Excel reads
 * Vietnamese) or as an XLSX workbook of one sheet per table. Numbers stay numbers in the
 * workbook; text cells that start like a formula are defused in the CSV.
 *
 * @param rows cells are {@link Number}s or text; null is an empty cell
 */
public record Table(String title, List<String> headers, List<List<Object>> rows) {

	public Table {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	public String csv() {
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, List.copyOf(this.headers));
		this.rows.forEach((row) -> line(csv, row));
		return csv.toString();
	}

	/**
	 * The tables as one workbook, a sheet each, named by their titles.
	 */
	public static byte[] xlsx(List<Table> tables) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (Table table : tables) {
				table.sheet(workbook, bold);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void sheet(XSSFWorkbook workbook, CellStyle bold) {
		Sheet sheet = workbook.createSheet(sheetName(this.title, workbook));
		Row header = sheet.createRow(0);
		for (int i = 0; i < this.headers.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(this.headers.get(i));
			cell.setCellStyle(bold);
		}
		for (int r = 0; r < this.rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<Object> values = this.rows.get(r);
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				if (value instanceof Number number) {
					row.createCell(c).setCellValue(number.doubleValue());
				}
				else if (value != null) {
					row.createCell(c).setCellValue(value.toString());
				}
			}
		}
		for (int i = 0; i < this.headers.size(); i++) {
			sheet.setColumnWidth(i, Math.min(60, Math.max(10, this.headers.get(i).length() + 4)) * 256);
		}
	}

	private static String sheetName(String title, XSSFWorkbook workbook) {
		String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
		name = name.substring(0, Math.min(31, name.length()));
		return (workbook.getSheet(name) == null) ? name
				: name.substring(0, Math.min(28, name.length())) + " " + (workbook.getNumberOfSheets() + 1);
	}

	private static void line(StringBuilder csv, List<Object> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			Object value = cells.get(i);
			csv.append((value instanceof Number) ? value.toString() : quote((value != null) ? value.toString() : null));
		}
		csv.append("\r\n");
	}

	/**
	 * Quotes every text cell, and defuses a leading formula character so a spreadsheet
	 * never runs a cell.
	 */
	public static String quote(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return '"' + safe.replace("\"", "\"\"") + '"';
	}

}
