package vn.ocop.market.indexer.search;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.search.ProductDocument;
import vn.ocop.market.catalog.text.VietnameseText;

/**
 * Rebuilds search documents from PostgreSQL, the source of truth: one query for a whole
 * batch, so every document and its version come from the same snapshot. Whether a product
 * is listed is a lateral lookup of that one product: as {@code EXISTS} in the select list
 * PostgreSQL hashed every listed product once per batch (120 ms a page of 1 000 at 117
 * 000 products, so a full reindex grew with the square of the catalogue).
 */
@Repository
public class ProductDocuments {

	private static final String SELECT = """
			SELECT k.id AS product_id,
			       COALESCE((SELECT max(o.id) FROM catalog_outbox o WHERE o.product_id = k.id), 0) AS version,
			       p.slug, p.name, p.description, p.product_group, p.price_vnd, p.gtin IS NOT NULL AS has_gtin,
			       r.id AS producer_id, r.name AS producer_name, r.kind AS producer_kind,
			       v.code AS province_code, v.slug AS province_slug, v.name_vi AS province_name,
			       ARRAY(SELECT f.name_vi FROM former_province f WHERE f.province_code = v.code ORDER BY f.name_vi)
			           AS former_provinces,
			       c.stars::int AS stars, c.total_score, c.decision_no, c.decision_date, c.valid_until,
			       c.status AS certification_status,
			       listing.product_id IS NOT NULL AS listed,
			       (SELECT coalesce(sum(o.available), 0)::int FROM stock_on_offer(:today) o
			        WHERE o.product_id = k.id AND o.ships_online) AS available_online,
			       ARRAY(SELECT o.location_id FROM stock_on_offer(:today) o
			             WHERE o.product_id = k.id AND o.kind <> 'WAREHOUSE' ORDER BY 1) AS sales_points
			FROM keys k
			LEFT JOIN product p ON p.id = k.id
			LEFT JOIN producer r ON r.id = p.producer_id
			LEFT JOIN province v ON v.code = r.province_code
			LEFT JOIN LATERAL (
			    SELECT c.stars, c.total_score, c.decision_no, c.decision_date, c.valid_until, c.status
			    FROM certification c
			    WHERE c.product_id = p.id AND c.status IN ('ACTIVE', 'EXPIRED', 'REVOKED')
			    ORDER BY c.decision_date DESC, c.id DESC
			    LIMIT 1) c ON true
			LEFT JOIN LATERAL (
			    SELECT l.product_id FROM listed_product(:today) l WHERE l.product_id = p.id LIMIT 1) listing ON true
			ORDER BY k.id
			""";

	private final DatabaseClient db;

	private final Clock clock;

	ProductDocuments(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	/**
	 * The documents of the given products; a product that no longer exists comes back
	 * {@link VersionedDocument#deleted() deleted}.
	 */
	public Flux<VersionedDocument> byIds(Collection<Long> productIds) {
		return this.db.sql("WITH keys AS (SELECT DISTINCT unnest(CAST(:ids AS bigint[])) AS id) " + SELECT)
			.bind("ids", productIds.toArray(Long[]::new))
			.bind("today", LocalDate.now(this.clock))
			.map((row, meta) -> document(row))
			.all();
	}

	/**
	 * Where each page of a full reindex starts: the first id of every {@code size}
	 * products in id order, read from the primary key alone. Knowing every page's bounds
	 * up front, the next pages are read while the current one is decoded.
	 */
	public Flux<Long> pageStarts(int size) {
		return this.db.sql("""
				SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM product) p
				WHERE n % :size = 1 ORDER BY id""")
			.bind("size", size)
			.map((row, meta) -> row.get("id", Long.class))
			.all();
	}

	/**
	 * The documents of the products with ids from {@code fromId} up to, not including,
	 * {@code toId}, in id order, for a full reindex.
	 */
	public Flux<VersionedDocument> page(long fromId, long toId) {
		return this.db.sql("WITH keys AS (SELECT id FROM product WHERE id >= :from AND id < :to) " + SELECT)
			.bind("from", fromId)
			.bind("to", toId)
			.bind("today", LocalDate.now(this.clock))
			.map((row, meta) -> document(row))
			.all();
	}

	private static VersionedDocument document(Readable row) {
		long id = row.get("product_id", Long.class);
		long version = row.get("version", Long.class);
		String name = row.get("name", String.class);
		if (name == null) {
			return new VersionedDocument(id, version, null);
		}
		String description = row.get("description", String.class);
		String producerName = row.get("producer_name", String.class);
		String provinceName = row.get("province_name", String.class);
		List<String> former = Arrays.asList(row.get("former_provinces", String[].class));
		ProductDocument document = new ProductDocument(id, row.get("slug", String.class), name,
				VietnameseText.fold(name), description, (description != null) ? VietnameseText.fold(description) : null,
				row.get("producer_id", Long.class), producerName, VietnameseText.fold(producerName),
				row.get("producer_kind", String.class), row.get("province_code", String.class),
				row.get("province_slug", String.class), provinceName, VietnameseText.fold(provinceName), former,
				former.stream().map(VietnameseText::fold).toList(), row.get("product_group", String.class),
				row.get("stars", Integer.class), row.get("total_score", BigDecimal.class),
				row.get("price_vnd", Long.class), row.get("decision_no", String.class),
				row.get("decision_date", LocalDate.class), row.get("valid_until", LocalDate.class),
				row.get("certification_status", String.class), row.get("listed", Boolean.class),
				row.get("has_gtin", Boolean.class), Stream.of(name, VietnameseText.fold(name)).distinct().toList(),
				row.get("available_online", Integer.class) > 0, row.get("available_online", Integer.class),
				Arrays.asList(row.get("sales_points", Long[].class)));
		return new VersionedDocument(id, version, document);
	}

}
