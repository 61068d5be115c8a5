package vn.ocop.market.admin.imports;

/**
 * The very same file (by SHA-256) was applied before.
 */
class DuplicateFileException extends RuntimeException {

	private final long earlierImport;

	DuplicateFileException(long id, long earlierImport) {
		super("Import " + id + " repeats import " + earlierImport);
		this.earlierImport = earlierImport;
	}

	long earlierImport() {
		return this.earlierImport;
	}

}
