package vn.ocop.market.admin.files;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file the browser saves under its name: the tables and documents admin hands out.
 */
public final class Download {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Download() {
	}

	/**
	 * @param filename the name to save it under, UTF-8 encoded in the header
	 */
	public static ResponseEntity<byte[]> of(String filename, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/**
	 * A table as {@code name.csv} or {@code name.xlsx}. Writing a workbook blocks: call
	 * it on a bounded elastic scheduler.
	 * @param format {@code csv} or {@code xlsx}
	 */
	public static ResponseEntity<byte[]> table(String name, String format, Table table) {
		return "csv".equals(format) ? of(name + ".csv", CSV, table.csv().getBytes(StandardCharsets.UTF_8))
				: of(name + ".xlsx", XLSX, Table.xlsx(List.of(table)));
	}

}
