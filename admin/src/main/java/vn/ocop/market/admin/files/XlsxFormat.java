package vn.ocop.market.admin.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an Excel workbook. Numbers are read as their exact value (a GTIN in
 * a number cell must not become 8.93E+12) and date cells as ISO dates.
 */
public final class XlsxFormat {

	private XlsxFormat() {
	}

	public static boolean looksLikeXlsx(byte[] content) {
		return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	public static Sheet read(byte[] content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new UnreadableFileException("import.file.empty");
			}
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
			Row headerRow = sheet.getRow(sheet.getFirstRowNum());
			if (headerRow == null || sheet.getFirstRowNum() != 0) {
				throw new UnreadableFileException("import.file.empty");
			}
			List<Sheet.Line> lines = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row != null) {
					lines.add(new Sheet.Line(r + 1, cells(row)));
				}
			}
			return new Sheet(cells(headerRow), lines);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableFileException unreadable) {
				throw unreadable;
			}
			throw new UnreadableFileException("import.file.bad-xlsx");
		}
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
			cells.add(text(row.getCell(c)));
		}
		return cells;
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			default -> "";
		};
	}

}
