package vn.ocop.market.storefront.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.catalog.CatalogQueries;
import vn.ocop.market.storefront.catalog.ProductCards;
import vn.ocop.market.storefront.catalog.ProductPhotos;

/**
 * The listed products of the whole country or of one province, streamed by product id
 * straight from PostgreSQL, and the version of that list.
 */
@Repository
class FeedItems {

	private static final String ITEMS = """
			SELECT p.id, p.slug, p.name, p.description, p.product_group, p.price_vnd, p.gtin, c.stars,
			       c.decision_no, c.valid_until, r.name AS producer_name, r.province_code, %s AS images,
			       (SELECT coalesce(sum(o.available), 0) FROM stock_on_offer(:today) o
			        WHERE o.product_id = p.id AND o.ships_online)::int AS stock_online
			""".formatted(ProductPhotos.SQL) + ProductCards.FROM_LISTED;

	private static final String VERSION = """
			SELECT count(*) AS listed,
			       (SELECT coalesce(max(id), 0) FROM catalog_outbox) AS change,
			       (SELECT created_at FROM catalog_outbox ORDER BY id DESC LIMIT 1) AS changed_at
			""" + ProductCards.FROM_LISTED;

	private final DatabaseClient db;

	private final ProvinceRegistry provinces;

	private final CatalogQueries catalog;

	FeedItems(DatabaseClient db, ProvinceRegistry provinces, CatalogQueries catalog) {
		this.db = db;
		this.provinces = provinces;
		this.catalog = catalog;
	}

	/**
	 * @param province the province whose producers' products to list, {@code null} for
	 * the whole country
	 * @param today the day whose listed products to give, that of the feed's version
	 */
	Flux<FeedItem> listed(Province province, LocalDate today) {
		return query(ITEMS + scope(province) + " ORDER BY p.id", province, today).map((row, meta) -> read(row)).all();
	}

	Mono<FeedVersion> version(Province province) {
		LocalDate today = this.catalog.today();
		return query(VERSION + scope(province), province, today)
			.map((row, meta) -> new FeedVersion(today, row.get("listed", Long.class), row.get("change", Long.class),
					toInstant(row.get("changed_at", OffsetDateTime.class))))
			.one();
	}

	private static String scope(Province province) {
		return (province != null) ? " AND r.province_code = :province" : "";
	}

	private DatabaseClient.GenericExecuteSpec query(String sql, Province province, LocalDate today) {
		DatabaseClient.GenericExecuteSpec spec = this.db.sql(sql).bind("today", today);
		return (province != null) ? spec.bind("province", province.code()) : spec;
	}

	private FeedItem read(Readable row) {
		return new FeedItem(row.get("id", Long.class), row.get("slug", String.class), row.get("name", String.class),
				row.get("description", String.class), ProductGroup.valueOf(row.get("product_group", String.class)),
				row.get("stars", Integer.class), row.get("price_vnd", Long.class), row.get("gtin", String.class),
				row.get("producer_name", String.class),
				this.provinces.byCode(row.get("province_code", String.class)).orElseThrow(),
				ProductPhotos.servable(row.get("images", String[].class)), row.get("stock_online", Integer.class),
				row.get("decision_no", String.class), row.get("valid_until", LocalDate.class));
	}

	private static Instant toInstant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
