package vn.ocop.market.storefront.system;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;

/**
 * The security headers of every response but the referrer policy (which Spring Security
 * writes, and cannot be told not to), written in one pass; a header the response already
 * has is left as it is. Spring Security's own writers, one per header, each list every
 * header of the response to see whether theirs is among them: under JFR that was a tenth
 * of the CPU of a page served from the page cache.
 */
final class SecurityHeaders implements ServerHttpHeadersWriter {

	private final Map<String, String> headers = new LinkedHashMap<>();

	SecurityHeaders(String contentSecurityPolicy) {
		this.headers.put("X-Content-Type-Options", "nosniff");
		this.headers.put("X-Frame-Options", "DENY");
		// the browsers' XSS auditors are gone; "0" keeps an old one from doing harm
		this.headers.put("X-XSS-Protection", "0");
		this.headers.put("Content-Security-Policy", contentSecurityPolicy);
	}

	@Override
	public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
		HttpHeaders response = exchange.getResponse().getHeaders();
		this.headers.forEach((name, value) -> {
			if (!response.containsHeader(name)) {
				response.set(name, value);
			}
		});
		return Mono.empty();
	}

}
