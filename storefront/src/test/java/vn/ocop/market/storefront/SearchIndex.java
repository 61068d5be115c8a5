package vn.ocop.market.storefront;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;

import org.springframework.r2dbc.core.DatabaseClient;

import vn.ocop.market.catalog.province.FormerProvince;
import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.catalog.search.ProductDocument;
import vn.ocop.market.catalog.search.ProductIndex;
import vn.ocop.market.catalog.text.VietnameseText;

/**
 * Plays the catalog-indexer in storefront tests (the storefront itself never writes to
 * Elasticsearch): builds a fresh index behind the alias and fills it with a document per
 * product read from PostgreSQL with plain SQL.
 */
public final class SearchIndex {

	private final ElasticsearchAsyncClient client;

	private final ProductIndex index;

	private final DatabaseClient db;

	private final ProvinceRegistry provinces = ProvinceRegistry.standard();

	public SearchIndex(ElasticsearchAsyncClient client, ProductIndex index, DatabaseClient db) {
		this.client = client;
		this.index = index;
		this.db = db;
	}

	/**
	 * Puts the data into PostgreSQL, then indexes every product.
	 */
	public void fill(Consumer<DatabaseClient> data) {
		data.accept(this.db);
		rebuild();
	}

	/**
	 * Replaces the index with the current state of every product.
	 */
	public void rebuild() {
		try {
			this.client.indices().delete((d) -> d.index(this.index.pattern()).allowNoIndices(true)).get();
			this.client.indices()
				.create((c) -> c.index(this.index.newIndexName(Instant.now()))
					.withJson(new StringReader(ProductIndex.mappingJson()))
					.aliases(this.index.alias(), (a) -> a))
				.get();
			List<BulkOperation> operations = documents().stream()
				.map((doc) -> BulkOperation.of((op) -> op
					.index((i) -> i.index(this.index.alias()).id(String.valueOf(doc.id())).document(doc))))
				.toList();
			if (!operations.isEmpty()) {
				BulkResponse response = this.client.bulk((b) -> b.operations(operations).refresh(Refresh.True)).get();
				if (response.errors()) {
					throw new IllegalStateException("Indexing failed: " + response.items());
				}
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not build the test index", ex);
		}
	}

	private List<ProductDocument> documents() {
		return this.db.sql("""
				SELECT p.id, p.slug, p.name, p.description, p.product_group, p.price_vnd, p.gtin, p.status,
				       r.id AS producer_id, r.name AS producer_name, r.kind, r.province_code,
				       c.decision_no, c.decision_date, c.valid_until, c.stars, c.total_score, c.status AS cert_status,
				       (SELECT coalesce(sum(o.available), 0)::int FROM stock_on_offer(current_date) o
				        WHERE o.product_id = p.id AND o.ships_online) AS online,
				       ARRAY(SELECT o.location_id FROM stock_on_offer(current_date) o
				             WHERE o.product_id = p.id AND o.kind <> 'WAREHOUSE' ORDER BY 1) AS points
				FROM product p
				JOIN producer r ON r.id = p.producer_id
				LEFT JOIN certification c ON c.product_id = p.id AND c.status IN ('ACTIVE', 'EXPIRED')""")
			.map((row, meta) -> {
				Province province = this.provinces.byCode(row.get("province_code", String.class)).orElseThrow();
				List<String> former = this.provinces.formerOf(province).stream().map(FormerProvince::nameVi).toList();
				String name = row.get("name", String.class);
				String description = row.get("description", String.class);
				String producer = row.get("producer_name", String.class);
				Integer stars = row.get("stars", Integer.class);
				String certStatus = row.get("cert_status", String.class);
				boolean listed = "ACTIVE".equals(row.get("status", String.class)) && "ACTIVE".equals(certStatus)
						&& stars != null && stars >= 3;
				return new ProductDocument(row.get("id", Long.class), row.get("slug", String.class), name,
						VietnameseText.fold(name), description, VietnameseText.fold(description),
						row.get("producer_id", Long.class), producer, VietnameseText.fold(producer),
						row.get("kind", String.class), province.code(), province.slug(), province.nameVi(),
						VietnameseText.fold(province.nameVi()), former,
						former.stream().map(VietnameseText::fold).toList(), row.get("product_group", String.class),
						stars, row.get("total_score", BigDecimal.class), row.get("price_vnd", Long.class),
						row.get("decision_no", String.class), row.get("decision_date", LocalDate.class),
						row.get("valid_until", LocalDate.class), certStatus, listed,
						row.get("gtin", String.class) != null, List.of(name, VietnameseText.fold(name)),
						row.get("online", Integer.class) > 0, row.get("online", Integer.class),
						List.of(row.get("points", Long[].class)));
			})
			.all()
			.collectList()
			.block();
	}

}
