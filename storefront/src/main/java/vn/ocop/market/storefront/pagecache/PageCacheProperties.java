package vn.ocop.market.storefront.pagecache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the shop keeps its rendered pages.
 *
 * @param enabled whether listings and product pages are kept at all
 * @param maxSize how much HTML is kept, the least recently used going first
 * @param indexRefresh the search index's refresh interval: the longest a listing may be
 * kept once the index has changed
 * @param indexPoll how often the index is asked whether it changed; at most
 * {@code indexRefresh}
 * @param productMaxAge the longest a product page is kept while the product itself does
 * not change (its related products may)
 */
@ConfigurationProperties("ocop.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maxSize,
		@DefaultValue("1s") Duration indexRefresh, @DefaultValue("250ms") Duration indexPoll,
		@DefaultValue("5m") Duration productMaxAge) {

	PageCacheProperties {
		if (indexPoll.compareTo(indexRefresh) > 0) {
			throw new IllegalArgumentException("ocop.page-cache.index-poll must not exceed index-refresh");
		}
	}

}
