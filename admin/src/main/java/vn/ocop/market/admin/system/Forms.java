package vn.ocop.market.admin.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

/**
 * A form sent back with its errors answers 422, so that scripts and tests see a refusal
 * while browsers show the page as usual.
 */
public final class Forms {

	private Forms() {
	}

	public static void refused(ServerWebExchange exchange) {
		exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_ENTITY);
	}

}
