package vn.ocop.market.storefront.system;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.spring6.ISpringWebFluxTemplateEngine;
import org.thymeleaf.spring6.view.reactive.ThymeleafReactiveView;
import org.thymeleaf.spring6.view.reactive.ThymeleafReactiveViewResolver;
import reactor.core.publisher.Mono;

import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.result.view.View;

/**
 * Thymeleaf's view resolver, keeping its views: the stock reactive one builds and
 * initializes a new view bean for every page (Spring MVC's resolvers cache theirs), which
 * was a fiftieth of a listing's CPU under JFR.
 */
@Configuration(proxyBeanMethods = false)
class ViewConfiguration {

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
