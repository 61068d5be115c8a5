package vn.ocop.market.storefront.salespoint;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.storefront.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * Where to buy in person: showrooms and fairs that are on or coming, by province (its
 * former names too), each with the listed products it has now and never one it has none
 * of; the product page names them; the same as JSON.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesPointIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	TransactionalOperator transaction;

	@Autowired
	Clock clock;

	@BeforeAll
	void placesWithStock() {
		StockLedger ledger = new StockLedger(this.db, this.transaction, this.clock);
		LocalDate today = LocalDate.now(this.clock);
		long showroom = StockFixtures.location("Showroom OCOP Hải Phòng")
			.province("31")
			.address("Số 5 Lạch Tray")
			.insert(this.db);
		long fair = StockFixtures.location("Hội chợ OCOP vùng duyên hải")
			.province("31")
			.fair(today.minusDays(1), today.plusDays(3))
			.insert(this.db);
		long ended = StockFixtures.location("Hội chợ OCOP đã bế mạc")
			.province("31")
			.fair(today.minusDays(9), today.plusDays(3))
			.insert(this.db);
		long closed = StockFixtures.location("Điểm bán đã đóng cửa").province("31").insert(this.db);
		long warehouse = StockFixtures.location("Kho Hải Phòng").warehouse().province("31").insert(this.db);
		StockFixtures.location("Showroom OCOP Huế").province("46").insert(this.db);
		long sauce = product("Nước mắm Cát Hải").province("31").insert(this.db);
		long cake = product("Bánh đa cua Hải Phòng").province("31").stars(3).insert(this.db);
		long soldOut = product("Bánh gai Ninh Giang").province("31").insert(this.db);
		long expired = product("Vải thiều Thanh Hà").province("31").certificationStatus("EXPIRED").insert(this.db);
		for (long place : new long[] { showroom, fair, ended, closed, warehouse }) {
			ledger.apply(Movement.receive(place, sauce, 5, null, "op")).block();
		}
		ledger.apply(Movement.receive(showroom, cake, 2, null, "op")).block();
		ledger.apply(Movement.receive(showroom, soldOut, 1, null, "op")).block();
		ledger.apply(Movement.sale(showroom, soldOut, 1, 20_000, null, "op")).block();
		ledger.apply(Movement.receive(showroom, expired, 4, null, "op")).block();
		this.db.sql("UPDATE stock_location SET closes_on = :d WHERE id = :id")
			.bind("d", today.minusDays(1))
			.bind("id", ended)
			.then()
			.block();
		this.db.sql("UPDATE stock_location SET closed_at = now() WHERE id = :id").bind("id", closed).then().block();
	}

	@Test
	void aProvinceListsItsShowroomsAndRunningFairsWithWhatTheyHaveNow() {
		String page = page("/diem-ban?province=hai-phong");
		assertThat(page).contains("Showroom OCOP Hải Phòng")
			.contains("Hội chợ OCOP vùng duyên hải")
			.contains("Số 5 Lạch Tray")
			.contains("Nước mắm Cát Hải")
			.contains("Bánh đa cua Hải Phòng")
			.doesNotContain("Hội chợ OCOP đã bế mạc")
			.doesNotContain("Điểm bán đã đóng cửa")
			.doesNotContain("Kho Hải Phòng")
			.doesNotContain("Showroom OCOP Huế")
			.doesNotContain("Bánh gai Ninh Giang")
			.doesNotContain("Vải thiều Thanh Hà");
	}

	@Test
	void aFormerProvinceNameFindsTheCurrentOnesPlaces() {
		assertThat(page("/diem-ban?province=hai-duong")).contains("Showroom OCOP Hải Phòng")
			.doesNotContain("Showroom OCOP Huế");
		assertThat(page("/diem-ban")).contains("Showroom OCOP Huế").contains("Showroom OCOP Hải Phòng");
	}

	@Test
	void theProductPageNamesThePlacesThatHaveItNow() {
		assertThat(page("/san-pham/nuoc-mam-cat-hai")).contains("Mua trực tiếp tại")
			.contains("Showroom OCOP Hải Phòng")
			.contains("Hội chợ OCOP vùng duyên hải")
			.doesNotContain("Hội chợ OCOP đã bế mạc")
			.doesNotContain("Kho Hải Phòng");
		assertThat(page("/san-pham/banh-gai-ninh-giang")).doesNotContain("Mua trực tiếp tại");
	}

	@Test
	void theApiAnswersTheSameAsJson() {
		this.client.get()
			.uri("/api/sales-points?province=hai-phong")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.province.slug")
			.isEqualTo("hai-phong")
			.jsonPath("$.salesPoints.length()")
			.isEqualTo(2)
			.jsonPath("$.salesPoints[?(@.name == 'Showroom OCOP Hải Phòng')].products.length()")
			.isEqualTo(2)
			.jsonPath("$.salesPoints[?(@.name == 'Hội chợ OCOP vùng duyên hải')].kind")
			.isEqualTo("FAIR")
			.jsonPath("$.salesPoints[?(@.name == 'Showroom OCOP Hải Phòng')].products[0].available")
			.isEqualTo(5);
	}

	private String page(String uri) {
		return this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
