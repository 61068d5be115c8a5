package vn.ocop.market.storefront.cart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The API's errors, shaped as {@code /api/products} shapes them: {@code {"error",
 * "message", "errors": [{"parameter", "code", "message"}]}}.
 */
public final class ApiErrors {

	private ApiErrors() {
	}

	public static ResponseEntity<Map<String, Object>> of(HttpStatus status, String error, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("message", message);
		return ResponseEntity.status(status).body(body);
	}

	public static ResponseEntity<Map<String, Object>> invalid(String parameter, String code, String message) {
		return invalid(List.of(Map.of("parameter", parameter, "code", code, "message", message)));
	}

	public static ResponseEntity<Map<String, Object>> invalid(List<Map<String, String>> errors) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", "INVALID_PARAMETER");
		body.put("message", errors.get(0).get("message"));
		body.put("errors", errors);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(body);
	}

}
