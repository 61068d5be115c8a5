package vn.ocop.market.admin.imports;

/**
 * The very same file (by SHA-256) was applied before.
 */
class DuplicateFileException extends RuntimeException {

	private final long earlierImport;

	DuplicateFileException(long earlierImport) {
		super("The file was applied in import " + earlierImport);
		this.earlierImport = earlierImport;
	}

	long earlierImport() {
		return this.earlierImport;
	}

}
