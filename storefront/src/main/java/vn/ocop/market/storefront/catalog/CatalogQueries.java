package vn.ocop.market.storefront.catalog;

import java.time.LocalDate;

import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of certified products from PostgreSQL. Only an ACTIVE certificate of 3 stars or
 * more makes a product OCOP.
 */
@Repository
class CatalogQueries {

	private final DatabaseClient db;

	CatalogQueries(DatabaseClient db) {
		this.db = db;
	}

	Flux<StarCount> countsByStar() {
		return this.db.sql("""
				SELECT s.stars, count(c.id) AS products
				FROM generate_series(3, 5) AS s(stars)
				LEFT JOIN certification c ON c.stars = s.stars AND c.status = 'ACTIVE'
				LEFT JOIN product p ON p.id = c.product_id AND p.status = 'ACTIVE'
				GROUP BY s.stars ORDER BY s.stars DESC
				""")
			.map((row, meta) -> new StarCount(row.get("stars", Integer.class), row.get("products", Long.class)))
			.all();
	}

	Flux<ProductCard> recentlyCertified(int limit) {
		return this.db.sql("""
				SELECT p.slug, p.name, p.price_vnd, c.stars, c.decision_date, r.name AS producer, v.name_vi AS province
				FROM certification c
				JOIN product p ON p.id = c.product_id AND p.status = 'ACTIVE'
				JOIN producer r ON r.id = p.producer_id
				JOIN province v ON v.code = r.province_code
				WHERE c.status = 'ACTIVE'
				ORDER BY c.decision_date DESC, p.id DESC
				LIMIT :limit
				""")
			.bind("limit", limit)
			.map((row, meta) -> new ProductCard(row.get("slug", String.class), row.get("name", String.class),
					row.get("price_vnd", Long.class), row.get("stars", Integer.class),
					row.get("decision_date", LocalDate.class), row.get("producer", String.class),
					row.get("province", String.class)))
			.all();
	}

	record StarCount(int stars, long products) {

	}

	record ProductCard(String slug, String name, Long priceVnd, int stars, LocalDate certifiedOn, String producer,
			String province) {

	}

}
