package vn.ocop.market.storefront.pagecache;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

import vn.ocop.market.storefront.catalog.CatalogQueries;

/**
 * The version of what a product page shows: the product's newest outbox row, which the
 * triggers write in the same transaction as every change to the product, its
 * certificates, producer, photos, batches and stock; and today's date, on which its
 * listing and certificates depend. One indexed look-up, so a page kept is never older
 * than the product's last committed change.
 */
class ProductVersions {

	private final DatabaseClient database;

	private final CatalogQueries catalog;

	ProductVersions(DatabaseClient database, CatalogQueries catalog) {
		this.database = database;
		this.catalog = catalog;
	}

	/**
	 * Empty for a slug no product has: that page (a 404, or a redirect) is not kept.
	 */
	Mono<String> of(String slug) {
		return this.database.sql("""
				SELECT p.id, (SELECT max(o.id) FROM catalog_outbox o WHERE o.product_id = p.id) AS version
				FROM product p WHERE p.slug = :slug""")
			.bind("slug", slug)
			.map((row, meta) -> row.get("id", Long.class) + ":" + row.get("version", Long.class))
			.one()
			.map((version) -> this.catalog.today() + ":" + version);
	}

}
