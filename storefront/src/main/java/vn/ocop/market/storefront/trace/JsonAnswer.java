package vn.ocop.market.storefront.trace;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.result.view.View;
import org.springframework.web.server.ServerWebExchange;

/**
 * A JSON body as a view, so that one handler can answer a page, a redirect or JSON
 * depending on what the client accepts.
 */
record JsonAnswer(HttpStatus status, MediaType type, String body) implements View {

	@Override
	public List<MediaType> getSupportedMediaTypes() {
		return List.of(this.type, MediaType.ALL);
	}

	@Override
	public Mono<Void> render(Map<String, ?> model, MediaType contentType, ServerWebExchange exchange) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(this.status);
		response.getHeaders().setContentType(this.type);
		byte[] bytes = this.body.getBytes(StandardCharsets.UTF_8);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
	}

}
