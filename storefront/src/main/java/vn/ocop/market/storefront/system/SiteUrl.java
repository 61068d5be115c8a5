package vn.ocop.market.storefront.system;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The absolute address the shopper reached us at (behind a proxy, as forwarded), for
 * canonical links, OpenGraph and the sitemap.
 */
public final class SiteUrl {

	private SiteUrl() {
	}

	public static String of(ServerWebExchange exchange) {
		return UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
			.replacePath(null)
			.replaceQuery(null)
			.fragment(null)
			.build()
			.toUriString();
	}

}
