package vn.ocop.market.storefront.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.scoring.IssuingLevel;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.catalog.ProductPhotos;

/**
 * A product and its certificates from PostgreSQL, the source of truth: product pages
 * never depend on Elasticsearch.
 */
@Repository
class ProductQueries {

	private final DatabaseClient db;

	ProductQueries(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * The visible product with this slug; hidden products have no page.
	 */
	Mono<ProductDetails> bySlug(String slug) {
		return this.db.sql("""
				SELECT p.id, p.slug, p.name, p.product_group, p.product_set, p.description,
				       CASE WHEN p.story_hidden THEN NULL ELSE p.story_md END AS story_md, p.price_vnd,
				       p.unit, p.gtin, p.updated_at, p.producer_id,
				       %s AS images
				FROM product p
				WHERE p.slug = :slug AND p.status = 'ACTIVE'""".formatted(ProductPhotos.SQL))
			.bind("slug", slug)
			.map((row, meta) -> new ProductDetails(row.get("id", Long.class), row.get("slug", String.class),
					row.get("name", String.class), ProductGroup.valueOf(row.get("product_group", String.class)),
					row.get("product_set", String.class), row.get("description", String.class),
					row.get("story_md", String.class), row.get("price_vnd", Long.class), row.get("unit", String.class),
					row.get("gtin", String.class), ProductPhotos.servable(row.get("images", String[].class)),
					row.get("updated_at", OffsetDateTime.class).toInstant(), row.get("producer_id", Long.class)))
			.one();
	}

	/**
	 * What warehouses that ship online have available of it.
	 */
	Mono<Integer> availableOnline(long productId, LocalDate today) {
		return this.db.sql("""
				SELECT coalesce(sum(available), 0)::int AS n FROM stock_on_offer(:today)
				WHERE product_id = :product AND ships_online""")
			.bind("today", today)
			.bind("product", productId)
			.map((row, meta) -> row.get("n", Integer.class))
			.one();
	}

	/**
	 * Every decision for the product, the newest first.
	 */
	Flux<Certificate> certificates(long productId) {
		return this.db.sql("""
				SELECT decision_no, decision_date, issuing_level, issuing_authority, province_as_issued, rule_set,
				       score_a, score_b, score_c, total_score, stars, valid_from, valid_until, status
				FROM certification WHERE product_id = :product
				ORDER BY decision_date DESC, id DESC""")
			.bind("product", productId)
			.map((row, meta) -> new Certificate(row.get("decision_no", String.class),
					row.get("decision_date", LocalDate.class),
					IssuingLevel.valueOf(row.get("issuing_level", String.class)),
					row.get("issuing_authority", String.class), row.get("province_as_issued", String.class),
					row.get("rule_set", String.class), row.get("score_a", BigDecimal.class),
					row.get("score_b", BigDecimal.class), row.get("score_c", BigDecimal.class),
					row.get("total_score", BigDecimal.class), row.get("stars", Integer.class),
					row.get("valid_from", LocalDate.class), row.get("valid_until", LocalDate.class),
					row.get("status", String.class)))
			.all();
	}

}
