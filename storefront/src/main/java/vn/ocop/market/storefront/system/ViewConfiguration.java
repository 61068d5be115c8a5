package vn.ocop.market.storefront.system;

import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.reactivestreams.Publisher;
import org.thymeleaf.context.IContext;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.ISpringWebFluxTemplateEngine;
import org.thymeleaf.spring6.SpringWebFluxTemplateEngine;
import org.thymeleaf.spring6.view.reactive.ThymeleafReactiveView;
import org.thymeleaf.spring6.view.reactive.ThymeleafReactiveViewResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.result.view.View;

/**
 * Thymeleaf's engine, writing a page as text and encoding it once, and its view resolver,
 * keeping its views: the stock reactive one builds and initializes a new view bean for
 * every page (Spring MVC's resolvers cache theirs), which was a fiftieth of a listing's
 * CPU under JFR.
 */
@Configuration(proxyBeanMethods = false)
class ViewConfiguration {

	/**
	 * Named as Spring Boot's, which then backs off, and set up as it would be.
	 */
	@Bean
	SpringWebFluxTemplateEngine templateEngine(ThymeleafProperties properties,
			ObjectProvider<ITemplateResolver> templateResolvers, ObjectProvider<IDialect> dialects) {
		WholePages engine = new WholePages();
		engine.setEnableSpringELCompiler(properties.isEnableSpringElCompiler());
		engine.setRenderHiddenMarkersBeforeCheckboxes(properties.isRenderHiddenMarkersBeforeCheckboxes());
		templateResolvers.orderedStream().forEach(engine::addTemplateResolver);
		dialects.orderedStream().forEach(engine::addDialect);
		return engine;
	}

	/**
	 * Named as Spring Boot's, which then backs off, and set up from the same properties.
	 */
	@Bean
	ThymeleafReactiveViewResolver thymeleafReactiveViewResolver(ISpringWebFluxTemplateEngine engine,
			ThymeleafProperties properties) {
		CachedViews resolver = new CachedViews();
		resolver.setTemplateEngine(engine);
		resolver.setDefaultCharset(properties.getEncoding());
		resolver.setExcludedViewNames(properties.getExcludedViewNames());
		resolver.setViewNames(properties.getViewNames());
		ThymeleafProperties.Reactive reactive = properties.getReactive();
		if (reactive.getMediaTypes() != null) {
			resolver.setSupportedMediaTypes(reactive.getMediaTypes());
		}
		DataSize chunk = reactive.getMaxChunkSize();
		if (chunk != null && chunk.toBytes() > 0) {
			resolver.setResponseMaxChunkSizeBytes((int) chunk.toBytes());
		}
		resolver.setFullModeViewNames(reactive.getFullModeViewNames());
		resolver.setChunkedModeViewNames(reactive.getChunkedModeViewNames());
		resolver.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
		return resolver;
	}

	/**
	 * Renders a whole page (the shop's pages are never chunked nor data-driven) as text,
	 * then encodes it at once: Thymeleaf's own writes every piece through an encoding
	 * writer, whose loop for text beyond ASCII, as Vietnamese is, took a fifteenth of a
	 * listing's time.
	 */
	static class WholePages extends SpringWebFluxTemplateEngine {

		@Override
		public Publisher<DataBuffer> processStream(String template, Set<String> markupSelectors, IContext context,
				DataBufferFactory buffers, MediaType mediaType, Charset charset, int maxChunkSizeBytes) {
			if (maxChunkSizeBytes > 0 && maxChunkSizeBytes != Integer.MAX_VALUE) {
				return super.processStream(template, markupSelectors, context, buffers, mediaType, charset,
						maxChunkSizeBytes);
			}
			return Mono.fromCallable(() -> {
				Text page = new Text();
				process(template, markupSelectors, context, page);
				return buffers.wrap(page.toString().getBytes(charset));
			});
		}

	}

	/**
	 * A writer into a {@link StringBuilder}: a {@code StringWriter} takes a lock for each
	 * of a page's thousands of pieces.
	 */
	static final class Text extends Writer {

		private final StringBuilder text = new StringBuilder(32 * 1024);

		@Override
		public void write(char[] chars, int offset, int length) {
			this.text.append(chars, offset, length);
		}

		@Override
		public void write(String string, int offset, int length) {
			this.text.append(string, offset, offset + length);
		}

		@Override
		public void write(int c) {
			this.text.append((char) c);
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

		@Override
		public String toString() {
			return this.text.toString();
		}

	}

	/**
	 * One view per template and language, made on first use: a bounded set, as the
	 * controllers name their templates. A view holds only its settings, so pages share
	 * it. Redirects, whose names carry their address, are made every time.
	 */
	static class CachedViews extends ThymeleafReactiveViewResolver {

		private final Map<Key, View> views = new ConcurrentHashMap<>();

		@Override
		protected Mono<View> loadView(String name, Locale locale) {
			Key key = new Key(name, locale);
			View view = this.views.get(key);
			if (view != null) {
				return Mono.just(view);
			}
			return super.loadView(name, locale).doOnNext((loaded) -> {
				if (loaded instanceof ThymeleafReactiveView) {
					this.views.putIfAbsent(key, loaded);
				}
			});
		}

		private record Key(String name, Locale locale) {

		}

	}

}
