package vn.ocop.market.storefront.system;

import java.nio.charset.Charset;
import java.util.Set;

import org.reactivestreams.Publisher;
import org.thymeleaf.context.IContext;
import org.thymeleaf.spring6.SpringWebFluxTemplateEngine;
import org.thymeleaf.spring6.context.webflux.IReactiveDataDriverContextVariable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.MediaType;

/**
 * Thymeleaf's WebFlux engine, rendering a whole page into one string and encoding it
 * once. The stock engine writes each piece of markup, a few characters at a time, through
 * an {@code OutputStreamWriter} into the response buffer; under JFR that encoding was an
 * eighth of a listing's CPU. Chunked and data-driven rendering, which no page here asks
 * for, stay the stock engine's.
 */
class WholePageTemplateEngine extends SpringWebFluxTemplateEngine {

	@Override
	public Publisher<DataBuffer> processStream(String template, Set<String> markupSelectors, IContext context,
			DataBufferFactory bufferFactory, MediaType mediaType, Charset charset, int responseMaxChunkSizeBytes) {
		if (responseMaxChunkSizeBytes != Integer.MAX_VALUE || drivenByData(context)) {
			return super.processStream(template, markupSelectors, context, bufferFactory, mediaType, charset,
					responseMaxChunkSizeBytes);
		}
		return Mono
			.fromCallable(() -> bufferFactory.wrap(process(template, markupSelectors, context).getBytes(charset)));
	}

	private static boolean drivenByData(IContext context) {
		return context.getVariableNames()
			.stream()
			.anyMatch((name) -> context.getVariable(name) instanceof IReactiveDataDriverContextVariable);
	}

}
