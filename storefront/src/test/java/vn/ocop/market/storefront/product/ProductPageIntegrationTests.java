package vn.ocop.market.storefront.product;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.storefront.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * The product page, served from PostgreSQL: certificate and its history, an expired
 * certificate said plainly, the producer's story rendered safely, search-engine data, and
 * an ETag.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductPageIntegrationTests {

	private static final LocalDate CERTIFIED = LocalDate.now().minusDays(200);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	StockLedger ledger;

	@BeforeAll
	void catalogue() {
		long banh = product("Bánh phồng tôm Sa Đéc").stars(5)
			.producer("Hợp tác xã Tân Phú")
			.description("Bánh phồng làm từ tôm tươi.")
			.certifiedOn(CERTIFIED)
			.gtin("08930000000011")
			.insert(this.db);
		this.db
			.sql("""
					UPDATE certification SET score_a = 36, score_b = 21, score_c = 35, issuing_authority = 'Bộ Nông nghiệp và Môi trường',
					       issuing_level = 'CENTRAL', decision_no = '88/QĐ-BNNMT'
					WHERE product_id = :id""")
			.bind("id", banh)
			.then()
			.block();
		this.db
			.sql("""
					INSERT INTO certification (product_id, decision_no, decision_date, issuing_level, issuing_authority,
					    province_as_issued, rule_set, total_score, stars, valid_from, valid_until, status)
					VALUES (:id, '512/QĐ-UBND', DATE '2021-06-01', 'PROVINCE', 'UBND tỉnh Đồng Tháp', 'Đồng Tháp', '1048/2019',
					        78, 4, DATE '2021-06-01', DATE '2024-05-31', 'SUPERSEDED')""")
			.bind("id", banh)
			.then()
			.block();
		this.db.sql("""
				UPDATE producer SET story_md = :story, address = '12 Nguyễn Sinh Sắc', commune = 'Phường Sa Đéc'
				WHERE name = 'Hợp tác xã Tân Phú'""").bind("story", """
				Ba thế hệ làm **bánh phồng tôm** bên sông Sa Đéc.

				<script>alert('xss')</script> <img src=x onerror="alert(1)">
				[trang của chúng tôi](javascript:alert(2)) và [bản đồ](https://example.org/map)""").then().block();
		product("Kẹo lạc Sa Đéc").stars(3)
			.producer("Hợp tác xã Tân Phú")
			.certifiedOn(LocalDate.of(2021, 4, 1))
			.certificationStatus("EXPIRED")
			.insert(this.db);
		product("Bánh tráng ẩn").hidden().insert(this.db);
		product("Trà sen Tháp Mười").stars(4).group("BEVERAGES").insert(this.db);
	}

	@Test
	void showsTheCertificateWithItsScoresAndHistory() {
		page("/san-pham/banh-phong-tom-sa-dec?lang=vi").value(allOf(containsString("<h1>Bánh phồng tôm Sa Đéc</h1>"),
				containsString("65.000 ₫"),
				containsString(
						"Sản phẩm OCOP 5 sao · hiệu lực đến " + DATE.format(CERTIFIED.plusMonths(36).minusDays(1))),
				containsString("88/QĐ-BNNMT"), containsString("ngày " + DATE.format(CERTIFIED)),
				containsString("Bộ Nông nghiệp và Môi trường"), containsString("92/100 điểm"),
				containsString("36 / 40"), containsString("21 / 25"), containsString("35 / 35"),
				containsString("Lịch sử công nhận"), containsString("512/QĐ-UBND"), containsString("Đã được thay thế"),
				containsString("08930000000011"), containsString("Trà sen Tháp Mười")));
	}

	@Test
	void anExpiredCertificateIsShownPlainlyAndNotOfferedAsOcop() {
		page("/san-pham/keo-lac-sa-dec").value(allOf(containsString("Giấy chứng nhận OCOP đã hết hạn"),
				containsString("đã hết hiệu lực ngày 31/03/2024"), containsString("không phải là sản phẩm OCOP"),
				not(containsString("class=\"ocop-badge\"")), not(containsString("\"hasCertification\"")),
				not(containsString("\"offers\""))));
	}

	@Test
	void theProducersStoryIsRenderedWithoutAnyScript() {
		page("/san-pham/banh-phong-tom-sa-dec")
			.value(allOf(containsString("<strong>bánh phồng tôm</strong>"), containsString("&lt;script&gt;alert("),
					not(containsString("<script>alert")), not(containsString("<img src=\"x\"")),
					not(containsString("javascript:")), not(containsString("onerror=\"")),
					containsString("rel=\"nofollow noopener noreferrer ugc\" href=\"https://example.org/map\""),
					containsString("href=\"/nha-san-xuat/")));
	}

	@Test
	void carriesJsonLdWithTheOcopCertificationAndOpenGraph() {
		page("/san-pham/banh-phong-tom-sa-dec").value(allOf(containsString("<script type=\"application/ld+json\">"),
				containsString("\"@type\":\"Product\""), containsString("\"@type\":\"Certification\""),
				containsString("\"certificationIdentification\":\"88/QĐ-BNNMT\""), containsString("\"ratingValue\":5"),
				containsString("\"award\":\"OCOP 5 sao — Quyết định 88/QĐ-BNNMT ngày " + DATE.format(CERTIFIED) + "\""),
				containsString("\"priceCurrency\":\"VND\""), containsString("\"gtin14\":\"08930000000011\""),
				containsString("<meta property=\"og:title\" content=\"Bánh phồng tôm Sa Đéc · OCOP 5★\">"),
				containsString("<meta property=\"og:type\" content=\"product\">"),
				containsString("<link rel=\"canonical\" href=\"http://localhost")));
	}

	@Test
	void jsonLdWritesItsObjectsInTheSameOrderOnEveryNode() {
		page("/san-pham/banh-phong-tom-sa-dec")
			.value(allOf(containsString("\"countryOfOrigin\":{\"@type\":\"Country\",\"name\":\"VN\"}"),
					containsString("\"certificationRating\":{\"@type\":\"Rating\",\"ratingValue\":5,\"bestRating\":5,"
							+ "\"worstRating\":3}")));
	}

	@Test
	void eachOpenGraphPropertyIsEmittedOnce() {
		String html = this.client.get()
			.uri("/san-pham/banh-phong-tom-sa-dec")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		for (String property : new String[] { "og:type", "og:title", "og:description", "og:site_name" }) {
			assertThat(html.split("property=\"" + property + "\"", -1)).as(property).hasSize(2);
		}
	}

	@Test
	void theOfferIsInStockOnlyWhileAWarehouseThatShipsOnlineHasIt() {
		long product = product("Mật ong bạc hà Hà Giang").stars(4).price(180_000L).insert(this.db);
		page("/san-pham/mat-ong-bac-ha-ha-giang")
			.value(allOf(containsString("\"availability\":\"https://schema.org/OutOfStock\""),
					containsString("\"price\":180000"), not(containsString("Dự kiến giao"))));
		long warehouse = StockFixtures.location("Kho Hà Giang").warehouse().insert(this.db);
		this.ledger.apply(Movement.receive(warehouse, product, 4, null, "setup")).block();
		page("/san-pham/mat-ong-bac-ha-ha-giang")
			.value(allOf(containsString("\"availability\":\"https://schema.org/InStock\""),
					containsString("Còn hàng, giao toàn quốc"),
					containsString("Dự kiến giao 1–2 ngày trong tỉnh, 3–5 ngày đến các tỉnh xa.")));
	}

	@Test
	void answersNotModifiedWhileThePageIsUnchanged() {
		String etag = this.client.get()
			.uri("/san-pham/banh-phong-tom-sa-dec")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		assertThat(etag).isNotBlank();
		this.client.get()
			.uri("/san-pham/banh-phong-tom-sa-dec")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectBody()
			.isEmpty();
		this.client.get()
			.uri("/san-pham/banh-phong-tom-sa-dec?lang=en")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isOk();
		this.db.sql("UPDATE product SET price_vnd = 70000 WHERE slug = 'banh-phong-tom-sa-dec'").then().block();
		this.client.get()
			.uri("/san-pham/banh-phong-tom-sa-dec?lang=vi")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(containsString("70.000 ₫"));
		this.db.sql("UPDATE product SET price_vnd = 65000 WHERE slug = 'banh-phong-tom-sa-dec'").then().block();
	}

	@Test
	void hiddenAndUnknownProductsAreNotFoundWithAFriendlyPage() {
		this.client.get()
			.uri("/san-pham/banh-trang-an")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.value(allOf(containsString("Không tìm thấy trang"), containsString("Về trang chủ")));
		this.client.get().uri("/san-pham/khong-co").exchange().expectStatus().isNotFound();
	}

	@Test
	void theEnglishPageSaysTheSame() {
		page("/san-pham/banh-phong-tom-sa-dec?lang=en").value(allOf(containsString("5-star OCOP product"),
				containsString("Certification history"), containsString("Superseded"), containsString("lang=\"en\"")));
	}

	private WebTestClient.BodySpec<String, ?> page(String uri) {
		return this.client.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class);
	}

}
