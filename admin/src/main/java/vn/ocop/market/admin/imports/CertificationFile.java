package vn.ocop.market.admin.imports;

import vn.ocop.market.admin.files.UnreadableFileException;
import vn.ocop.market.admin.files.CsvFormat;
import vn.ocop.market.admin.files.XlsxFormat;
import vn.ocop.market.admin.files.Sheet;

/**
 * Reads an uploaded certification file, CSV or XLSX, told apart by content rather than by
 * name.
 */
final class CertificationFile {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private CertificationFile() {
	}

	static Sheet read(byte[] content) {
		if (content.length == 0) {
			throw new UnreadableFileException("import.file.empty");
		}
		return XlsxFormat.looksLikeXlsx(content) ? XlsxFormat.read(content) : CsvFormat.read(content);
	}

}
