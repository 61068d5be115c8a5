package vn.ocop.market.storefront.sitemap;

import java.time.LocalDate;

import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;

import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.storefront.catalog.CatalogQueries;
import vn.ocop.market.storefront.catalog.ProductCards;
import vn.ocop.market.storefront.producer.ProducerProfile;
import vn.ocop.market.storefront.system.SiteUrl;

/**
 * {@code robots.txt} and the sitemap of every listed product, every producer with one,
 * and every province. Streamed: the national catalogue is some 30 000 addresses, under
 * the 50 000 a sitemap may hold.
 */
@RestController
class SitemapController {

	private final DatabaseClient db;

	private final ProvinceRegistry provinces;

	private final CatalogQueries catalog;

	SitemapController(DatabaseClient db, ProvinceRegistry provinces, CatalogQueries catalog) {
		this.db = db;
		this.provinces = provinces;
		this.catalog = catalog;
	}

	@GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
	String robots(ServerWebExchange exchange) {
		return """
				User-agent: *
				Allow: /
				Disallow: /api/
				Disallow: /actuator/

				Sitemap: %s/sitemap.xml
				""".formatted(SiteUrl.of(exchange));
	}

	@GetMapping(path = "/sitemap.xml", produces = "application/xml;charset=UTF-8")
	Flux<String> sitemap(ServerWebExchange exchange) {
		String site = HtmlUtils.htmlEscape(SiteUrl.of(exchange));
		Flux<String> pages = Flux.just(url(site, "/", null), url(site, "/san-pham", null));
		Flux<String> provincePages = Flux.fromIterable(this.provinces.provinces())
			.map((province) -> url(site, "/tinh/" + province.slug(), null));
		return Flux.concat(Flux.just("""
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				"""), pages, provincePages, products(site), producers(site), Flux.just("</urlset>\n"));
	}

	private Flux<String> products(String site) {
		return this.db
			.sql("SELECT p.slug, greatest(p.updated_at, c.created_at)::date AS modified " + ProductCards.FROM_LISTED
					+ " ORDER BY p.id")
			.bind("today", this.catalog.today())
			.map((row, meta) -> url(site, "/san-pham/" + row.get("slug", String.class),
					row.get("modified", LocalDate.class)))
			.all();
	}

	private Flux<String> producers(String site) {
		return this.db
			.sql("SELECT r.id, r.name, max(r.updated_at)::date AS modified " + ProductCards.FROM_LISTED
					+ " GROUP BY r.id, r.name ORDER BY r.id")
			.bind("today", this.catalog.today())
			.map((row, meta) -> url(site,
					ProducerProfile.pathOf(row.get("id", Long.class), row.get("name", String.class)),
					row.get("modified", LocalDate.class)))
			.all();
	}

	private static String url(String site, String path, LocalDate modified) {
		String lastmod = (modified != null) ? "<lastmod>" + modified + "</lastmod>" : "";
		return "<url><loc>" + site + path + "</loc>" + lastmod + "</url>\n";
	}

}
