package vn.ocop.market.admin.imports;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Shown as the 404 page, or as JSON by the API.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ImportNotFoundException extends RuntimeException {

	ImportNotFoundException(long id) {
		super("No import " + id);
	}

}
