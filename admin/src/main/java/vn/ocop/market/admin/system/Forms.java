package vn.ocop.market.admin.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.server.ServerWebExchange;

/**
 * A form sent back with its errors answers 422, so that scripts and tests see a refusal
 * while browsers show the page as usual.
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * What was typed in a free-text field, stripped; null when nothing was.
	 */
	public static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public static void refused(ServerWebExchange exchange) {
		exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_ENTITY);
	}

	/**
	 * A form's errors as the pages show them: the field and the message key its
	 * constraint names, or {@code form.error.invalid} for a value that did not even
	 * convert (a date that is not one).
	 */
	public static Map<String, String> errors(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.putIfAbsent(error.getField(),
					error.isBindingFailure() ? "form.error.invalid" : error.getDefaultMessage());
		}
		return errors;
	}

}
