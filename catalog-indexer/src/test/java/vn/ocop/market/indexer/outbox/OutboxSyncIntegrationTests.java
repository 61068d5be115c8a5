package vn.ocop.market.indexer.outbox;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.catalog.search.ProductDocument;
import vn.ocop.market.indexer.IndexedProducts;
import vn.ocop.market.indexer.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * The running worker keeps Elasticsearch in step with PostgreSQL, whatever wrote the
 * change.
 */
@IntegrationTest
class OutboxSyncIntegrationTests {

	@Autowired
	DatabaseClient db;

	@Autowired
	WebTestClient client;

	@Autowired
	IndexedProducts indexed;

	@Test
	void aNewProductBecomesSearchableWithinSeconds() {
		long started = System.nanoTime();
		product("Bánh phồng tôm Sa Giang").producer("Công ty Sa Giang").insert(this.db);
		await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.indexed.search("banh phong tom sa giang") == 1);
		System.out.printf("commit -> searchable: %d ms%n", Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	@Test
	void theDocumentCarriesProducerProvinceFormerProvincesAndCertificate() {
		long id = product("Nước mắm Cát Hải").producer("HTX Cát Hải").province("31").stars(5).insert(this.db);
		ProductDocument document = awaitDocument(id);
		assertThat(document.nameFolded()).isEqualTo("nuoc mam cat hai");
		assertThat(document.producerName()).isEqualTo("HTX Cát Hải");
		assertThat(document.provinceSlug()).isEqualTo("hai-phong");
		assertThat(document.formerProvinces()).containsExactlyInAnyOrder("Hải Dương", "Hải Phòng");
		assertThat(document.formerProvincesFolded()).contains("hai duong");
		assertThat(document.stars()).isEqualTo(5);
		assertThat(document.certificationStatus()).isEqualTo("ACTIVE");
		assertThat(document.listed()).isTrue();
		assertThat(document.suggest()).containsExactly("Nước mắm Cát Hải", "nuoc mam cat hai");
	}

	@Test
	void aHiddenProductOrARevokedCertificateIsNotListed() {
		long hidden = product("Mứt gừng Hội An").producer("Cơ sở Mứt gừng").hidden().insert(this.db);
		long revoked = product("Trà sâm dứa").producer("HTX Trà").certificationStatus("REVOKED").insert(this.db);
		assertThat(awaitDocument(hidden).listed()).isFalse();
		assertThat(awaitDocument(revoked).listed()).isFalse();
	}

	@Test
	void aPlainSqlRenameIsReindexed() {
		long id = product("Kẹo dừa Bến Tre").producer("Cơ sở Thanh Long").insert(this.db);
		awaitDocument(id);
		this.db.sql("UPDATE product SET name = 'Kẹo dừa sáp Bến Tre' WHERE id = :id").bind("id", id).then().block();
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(this.indexed.get(id).name()).isEqualTo("Kẹo dừa sáp Bến Tre"));
	}

	@Test
	void aProducerRenameReachesEveryOneOfItsProducts() {
		long first = product("Mật ong U Minh").producer("HTX Ong U Minh").province("96").insert(this.db);
		long second = product("Sáp ong U Minh").producer("HTX Ong U Minh").province("96").insert(this.db);
		awaitDocument(second);
		this.db.sql("UPDATE producer SET name = 'HTX Ong mật U Minh' WHERE name = 'HTX Ong U Minh'").then().block();
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(this.indexed.get(first).producerName()).isEqualTo("HTX Ong mật U Minh");
			assertThat(this.indexed.get(second).producerName()).isEqualTo("HTX Ong mật U Minh");
		});
	}

	@Test
	void productsAndCertificatesWrittenInOneStatementEachAreAllIndexed() {
		this.db
			.sql("""
					INSERT INTO producer (name, name_folded, province_code) VALUES ('HTX Nấm Lâm Đồng', 'htx nam lam dong', '68')
					""")
			.then()
			.block();
		this.db.sql("""
				INSERT INTO product (slug, name, name_folded, product_group, producer_id)
				SELECT 'nam-lam-dong-' || n, 'Nấm Lâm Đồng ' || n, 'nam lam dong ' || n, 'FOOD', r.id
				FROM generate_series(1, 5) n, producer r WHERE r.name_folded = 'htx nam lam dong'
				""").then().block();
		this.db.sql("""
				INSERT INTO certification (product_id, decision_no, decision_date, issuing_level, province_as_issued,
				    rule_set, total_score, stars, valid_from, valid_until, status)
				SELECT id, '7/QĐ', DATE '2025-01-01', 'PROVINCE', 'Lâm Đồng', '148/2023', 75, 4, DATE '2025-01-01',
				       DATE '2027-12-31', 'ACTIVE' FROM product WHERE slug LIKE 'nam-lam-dong-%'
				""").then().block();
		List<Long> ids = this.db.sql("SELECT id FROM product WHERE slug LIKE 'nam-lam-dong-%'")
			.map((row, meta) -> row.get("id", Long.class))
			.all()
			.collectList()
			.block();
		assertThat(ids).hasSize(5);
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(ids).allSatisfy((id) -> {
			ProductDocument document = this.indexed.get(id);
			assertThat(document).isNotNull();
			assertThat(document.stars()).isEqualTo(4);
			assertThat(document.listed()).isTrue();
		}));
	}

	@Test
	void manyConcurrentUpdatesOfOneProductEndWithTheLastRowIndexed() {
		long id = product("Gạo ST25").producer("HTX Gạo Sóc Trăng").insert(this.db);
		awaitDocument(id);
		Flux.range(1, 200)
			.flatMap((i) -> this.db.sql("UPDATE product SET price_vnd = :price WHERE id = :id")
				.bind("price", 100_000L + i)
				.bind("id", id)
				.then(), 8)
			.blockLast();
		Long finalPrice = this.db.sql("SELECT price_vnd FROM product WHERE id = :id")
			.bind("id", id)
			.map((row, meta) -> row.get("price_vnd", Long.class))
			.one()
			.block();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(pending()).isZero();
			assertThat(this.indexed.get(id).priceVnd()).isEqualTo(finalPrice);
		});
	}

	@Test
	void metricsReportTheBacklogAndTheSyncLag() {
		long id = product("Chè Shan tuyết").producer("HTX Chè Shan").insert(this.db);
		awaitDocument(id);
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> this.client.get()
				.uri("/actuator/metrics/ocop.sync.lag")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.measurements[?(@.statistic == 'COUNT')].value")
				.value((List<Double> counts) -> assertThat(counts.get(0)).isGreaterThan(0)));
		this.client.get()
			.uri("/actuator/metrics/ocop.outbox.backlog")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.measurements[0].value")
			.value(greaterThan(-1.0));
	}

	ProductDocument awaitDocument(long id) {
		await().atMost(Duration.ofSeconds(15)).until(() -> this.indexed.get(id) != null);
		return this.indexed.get(id);
	}

	long pending() {
		return this.db.sql("SELECT count(*) AS n FROM catalog_outbox WHERE processed_at IS NULL")
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

}
