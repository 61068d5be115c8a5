package vn.ocop.market.storefront.system;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webflux.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * Errors shoppers cannot fix are logged with context and shown with a reference id they
 * can quote, never with a stack trace.
 */
@Component
class ReferencedErrors extends DefaultErrorAttributes {

	private static final Logger logger = LoggerFactory.getLogger(ReferencedErrors.class);

	@Override
	public Map<String, Object> getErrorAttributes(ServerRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		attributes.remove("message");
		Object status = attributes.get("status");
		if (status instanceof Integer code && code >= 500) {
			String reference = UUID.randomUUID().toString().substring(0, 8);
			attributes.put("reference", reference);
			logger.error("Request {} {} failed, reference {}", request.method(), request.path(), reference,
					getError(request));
		}
		return attributes;
	}

}
