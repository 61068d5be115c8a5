package vn.ocop.market.admin.imports;

class ImportNotFoundException extends RuntimeException {

	ImportNotFoundException(long id) {
		super("No import " + id);
	}

}
