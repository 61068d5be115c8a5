package vn.ocop.market.storefront.pagecache;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import vn.ocop.market.storefront.cart.CartCookies;

/**
 * Keeps listings and product pages as rendered, so that a popular page is read from
 * memory instead of being searched, queried and rendered again, and says whether it did
 * ({@code X-Cache: HIT|MISS}).
 * <ul>
 * <li>A listing is kept as long as the search index has not changed; once it changes, at
 * most one refresh interval, the time a change takes to become searchable anyway.</li>
 * <li>A product page is checked on every request against its product's version (one
 * indexed query), so it is never older than the product's last committed change.</li>
 * </ul>
 * Pages are kept per address, language and site; the visitor's CSRF token and cart count
 * are filled in on every hit. A kept page is served ahead of Spring Security's filters,
 * which were a third of its cost: 28 000 kept listings a second behind them, 42 000
 * ahead. The headers they wrote when it was rendered are kept with it, and the token is
 * handed out as their CSRF filter does ({@link PageSecurity}). Pages that say
 * {@code no-store} or {@code private} (a listing served from PostgreSQL while the index
 * is away) are not kept; a request that says {@code Cache-Control: no-cache} gets the
 * page rendered again, and one that says {@code no-store} gets it rendered and not kept.
 */
final class PageCache implements WebFilter, Ordered {

	static final String HEADER = "X-Cache";

	private static final String LISTING = "/san-pham";

	/**
	 * The pages kept, by their route as the request metrics name it.
	 */
	private enum Page {

		LISTING("listing", PageCache.LISTING), PRODUCT("product", PageCache.LISTING + "/{slug}");

		private final String tag;

		private final String pattern;

		Page(String tag, String pattern) {
			this.tag = tag;
			this.pattern = pattern;
		}

	}

	private final Cache<String, CachedPage> pages;

	private final IndexGeneration index;

	private final ProductVersions products;

	private final PageSecurity security;

	private final long indexRefresh;

	private final long productMaxAge;

	private final Map<Page, Counter> hits = new EnumMap<>(Page.class);

	private final Map<Page, Counter> misses = new EnumMap<>(Page.class);

	PageCache(PageCacheProperties properties, IndexGeneration index, ProductVersions products, MeterRegistry meters,
			PageSecurity security) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, CachedPage page) -> key.length() + page.weight())
			.build();
		this.index = index;
		this.products = products;
		this.security = security;
		this.indexRefresh = properties.indexRefresh().toNanos();
		this.productMaxAge = properties.productMaxAge().toNanos();
		for (Page page : Page.values()) {
			this.hits.put(page, counter(meters, page, "hit"));
			this.misses.put(page, counter(meters, page, "miss"));
		}
	}

	private static Counter counter(MeterRegistry meters, Page page, String result) {
		return Counter.builder("ocop.page.cache")
			.description("Listings and product pages served from the page cache (hit) or rendered (miss)")
			.tag("page", page.tag)
			.tag("result", result)
			.register(meters);
	}

	/**
	 * Just ahead of Spring Security's filter chain
	 * ({@code WebFluxSecurityConfiguration}'s order, -100).
	 */
	@Override
	public int getOrder() {
		return -101;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getPath().pathWithinApplication().value();
		boolean listing = LISTING.equals(path);
		boolean product = path.startsWith(LISTING + "/") && path.indexOf('/', LISTING.length() + 1) < 0;
		String asked = request.getHeaders().getCacheControl();
		MultiValueMap<String, String> query = request.getQueryParams();
		if (!HttpMethod.GET.equals(request.getMethod()) || !(listing || product) || query.containsKey("added")
				|| query.containsKey("notAdded") || (asked != null && asked.contains("no-store"))) {
			return chain.filter(exchange);
		}
		// no-cache (a browser's hard reload) renders the page again
		boolean again = asked != null && asked.contains("no-cache");
		if (listing) {
			return serve(exchange, chain, Page.LISTING, this.index.current(), again);
		}
		// a slug no product has (a 404 or a redirect) is not kept
		return this.products.of(path.substring(LISTING.length() + 1))
			.flatMap((version) -> serve(exchange, chain, Page.PRODUCT, version, again).thenReturn(true))
			.switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(false)))
			.then();
	}

	private Mono<Void> serve(ServerWebExchange exchange, WebFilterChain chain, Page kind, Object version,
			boolean again) {
		// the address as reached (behind a proxy, as forwarded): scheme, host, path and
		// query
		String key = exchange.getLocaleContext().getLocale() + " " + exchange.getRequest().getURI();
		long now = System.nanoTime();
		CachedPage page = again ? null : this.pages.getIfPresent(key);
		if (page == null || !fresh(page, version, now)) {
			this.misses.get(kind).increment();
			return render(exchange, chain, key, version, now);
		}
		return hit(exchange, kind, page, now);
	}

	private boolean fresh(CachedPage page, Object version, long now) {
		long age = now - page.renderedAt();
		if (version instanceof IndexGeneration.Seen seen) {
			return age <= this.indexRefresh || (page.version() instanceof IndexGeneration.Seen rendered
					&& seen.stillShownBy(rendered, page.renderedAt(), now, this.indexRefresh));
		}
		return version.equals(page.version()) && age <= this.productMaxAge;
	}

	private Mono<Void> hit(ServerWebExchange exchange, Page kind, CachedPage page, long now) {
		this.hits.get(kind).increment();
		ServerRequestObservationContext.findCurrent(exchange.getAttributes())
			.ifPresent((observation) -> observation.setPathPattern(kind.pattern));
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatus.OK);
		response.getHeaders().putAll(page.headers());
		response.getHeaders().set(HEADER, "HIT");
		response.getHeaders()
			.set(HttpHeaders.AGE, Long.toString(Duration.ofNanos(now - page.renderedAt()).toSeconds()));
		if (exchange.checkNotModified(page.headers().getETag())) {
			return response.setComplete();
		}
		Mono<String> token = page.needsToken() ? this.security.csrfToken(exchange) : Mono.just("");
		int cartCount = CartCookies.units(exchange.getRequest());
		return token
			.flatMap((value) -> response.writeWith(Mono.just(page.fill(value, cartCount, response.bufferFactory()))));
	}

	private Mono<Void> render(ServerWebExchange exchange, WebFilterChain chain, String key, Object version, long now) {
		exchange.getResponse().getHeaders().set(HEADER, "MISS");
		ServerHttpResponseDecorator keeping = new ServerHttpResponseDecorator(exchange.getResponse()) {

			@Override
			public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
				if (!storable(getDelegate())) {
					return super.writeWith(body);
				}
				return DataBufferUtils.join(body).flatMap((joined) -> {
					byte[] html = new byte[joined.readableByteCount()];
					joined.read(html);
					DataBufferUtils.release(joined);
					// kept as it is sent: after Spring Security's filters wrote their
					// headers, which they do before the commit too
					beforeCommit(() -> Mono.fromRunnable(() -> keep(CachedPage.of(version, now, html, getHeaders()))));
					return super.writeWith(Mono.just(bufferFactory().wrap(html)));
				});
			}

			private void keep(CachedPage page) {
				getHeaders().setETag(page.headers().getETag());
				getHeaders().setVary(page.headers().getVary());
				PageCache.this.pages.put(key, page);
			}

		};
		return chain.filter(exchange.mutate().response(keeping).build());
	}

	private static boolean storable(ServerHttpResponse response) {
		HttpHeaders headers = response.getHeaders();
		String cacheControl = headers.getCacheControl();
		return (response.getStatusCode() == null || response.getStatusCode() == HttpStatus.OK)
				&& headers.getContentType() != null && MediaType.TEXT_HTML.isCompatibleWith(headers.getContentType())
				&& (cacheControl == null || !(cacheControl.contains("no-store") || cacheControl.contains("private")));
	}

}
