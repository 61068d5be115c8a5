package vn.ocop.market.admin.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds certification files for tests: each row starts as a valid 4★ provincial decision
 * under rule set 148/2023 and a test changes only what it is about.
 */
public final class CertificationFileBuilder {

	public static final List<String> KEYS = List.of("decision_no", "decision_date", "issuing_level",
			"issuing_authority", "product_name", "product_group", "producer_name", "producer_kind", "province",
			"district", "commune", "score_a", "score_b", "score_c", "total_score", "stars", "gtin", "price_vnd");

	public static final List<String> VIETNAMESE_HEADERS = List.of("Số quyết định", "Ngày quyết định", "Cấp công nhận",
			"Cơ quan ban hành", "Tên sản phẩm", "Nhóm sản phẩm", "Chủ thể", "Loại hình", "Tỉnh/Thành phố", "Huyện",
			"Xã/Phường", "Điểm phần A", "Điểm phần B", "Điểm phần C", "Tổng điểm", "Hạng sao", "Mã GTIN", "Giá");

	private final List<Map<String, String>> rows = new ArrayList<>();

	private List<String> header = KEYS;

	public static CertificationFileBuilder file() {
		return new CertificationFileBuilder();
	}

	public static Map<String, String> validRow(int n) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("decision_no", "1234/QĐ-UBND");
		row.put("decision_date", "15/03/2024");
		row.put("issuing_level", "Tỉnh");
		row.put("issuing_authority", "UBND tỉnh Đồng Tháp");
		row.put("product_name", "Bánh phồng tôm Sa Đéc loại " + n);
		row.put("product_group", "food");
		row.put("producer_name", "Hợp tác xã Nông nghiệp Tân Phú");
		row.put("producer_kind", "HTX");
		row.put("province", "Đồng Tháp");
		row.put("district", "Huyện Lai Vung");
		row.put("commune", "Xã Tân Phước");
		row.put("score_a", "30");
		row.put("score_b", "20");
		row.put("score_c", "25.5");
		row.put("total_score", "75.5");
		row.put("stars", "4");
		row.put("gtin", "");
		row.put("price_vnd", "65000");
		return row;
	}

	public CertificationFileBuilder row(Consumer<Map<String, String>> change) {
		Map<String, String> row = validRow(this.rows.size() + 1);
		change.accept(row);
		this.rows.add(row);
		return this;
	}

	public CertificationFileBuilder row() {
		return row((row) -> {
		});
	}

	public CertificationFileBuilder vietnameseHeaders() {
		this.header = VIETNAMESE_HEADERS;
		return this;
	}

	public byte[] csv() {
		return csv(',', false);
	}

	public byte[] csv(char delimiter, boolean bom) {
		StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
		text.append(line(this.header, delimiter));
		for (Map<String, String> row : this.rows) {
			text.append(line(KEYS.stream().map((key) -> row.getOrDefault(key, "")).toList(), delimiter));
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String line(List<String> cells, char delimiter) {
		List<String> quoted = cells.stream()
			.map((cell) -> (cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\n"))
					? '"' + cell.replace("\"", "\"\"") + '"' : cell)
			.toList();
		return String.join(String.valueOf(delimiter), quoted) + "\r\n";
	}

	/**
	 * The same rows as an Excel workbook, numbers in number cells as a spreadsheet user
	 * would type them.
	 */
	public byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Kết quả");
			Row headerRow = sheet.createRow(0);
			for (int c = 0; c < this.header.size(); c++) {
				headerRow.createCell(c).setCellValue(this.header.get(c));
			}
			for (int r = 0; r < this.rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < KEYS.size(); c++) {
					String value = this.rows.get(r).getOrDefault(KEYS.get(c), "");
					if (value.matches("-?[0-9]{1,14}(\\.[0-9]+)?")) {
						row.createCell(c).setCellValue(Double.parseDouble(value));
					}
					else {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
