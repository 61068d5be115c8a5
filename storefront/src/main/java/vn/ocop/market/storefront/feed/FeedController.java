package vn.ocop.market.storefront.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.storefront.system.SiteUrl;

/**
 * The listed catalogue for marketplaces and ad channels, of the whole country or of one
 * province ({@code ?province=dong-thap}). Streamed from PostgreSQL: the national
 * catalogue is some 20 000 products. A validator read first gives the ETag and
 * Last-Modified, so that a fetcher revalidating an unchanged feed gets 304 before the
 * products are read at all.
 */
@RestController
class FeedController {

	private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final FeedItems items;

	private final ProvinceRegistry provinces;

	private final MerchantFeed merchant;

	private final CsvFeed csv;

	FeedController(FeedItems items, ProvinceRegistry provinces, MerchantFeed merchant, CsvFeed csv) {
		this.items = items;
		this.provinces = provinces;
		this.merchant = merchant;
		this.csv = csv;
	}

	/**
	 * Products without a price are left out: Google refuses items without one.
	 */
	@GetMapping("/feeds/google-merchant.xml")
	Mono<ResponseEntity<Flux<String>>> googleMerchant(@RequestParam(name = "province", required = false) String slug,
			ServerWebExchange exchange) {
		Province province = province(slug);
		String site = SiteUrl.of(exchange);
		return this.items.version(province)
			.map((version) -> validated("google-merchant", province, site, version).contentType(XML)
				.body(Flux.concat(Flux.just(this.merchant.head(site, province)),
						this.items.listed(province, version.today())
							.filter(FeedItem::priced)
							.map((item) -> this.merchant.item(item, site)),
						Flux.just(MerchantFeed.TAIL))));
	}

	@GetMapping("/feeds/products.csv")
	Mono<ResponseEntity<Flux<String>>> products(@RequestParam(name = "province", required = false) String slug,
			ServerWebExchange exchange) {
		Province province = province(slug);
		String site = SiteUrl.of(exchange);
		String file = (province != null) ? "ocop-" + province.slug() + ".csv" : "ocop.csv";
		return this.items.version(province)
			.map((version) -> validated("products", province, site, version).contentType(CSV)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
				.body(Flux.concat(Flux.just(CsvFeed.HEADER),
						this.items.listed(province, version.today()).map((item) -> this.csv.line(item, site)))));
	}

	private Province province(String slug) {
		if (slug == null) {
			return null;
		}
		return this.provinces.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A response with the feed's validators: on a GET whose If-None-Match or
	 * If-Modified-Since they satisfy, WebFlux answers 304 and never subscribes to the
	 * body.
	 */
	private static ResponseEntity.BodyBuilder validated(String feed, Province province, String site,
			FeedVersion version) {
		return ResponseEntity.ok()
			.eTag(version.etag(feed, (province != null) ? province.slug() : "", site))
			.lastModified(version.lastModified())
			.cacheControl(FIVE_MINUTES);
	}

}
