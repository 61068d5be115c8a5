package vn.ocop.market.admin.imports;

/**
 * A preview is confirmed once: it was already applied or refused.
 */
class ImportAlreadyDecidedException extends RuntimeException {

	private final ImportRecord.Status status;

	ImportAlreadyDecidedException(long id, ImportRecord.Status status) {
		super("Import " + id + " is already " + status);
		this.status = status;
	}

	ImportRecord.Status status() {
		return this.status;
	}

}
