package vn.ocop.market.storefront.catalog;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.testsupport.OcopServices;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("test")
@OcopServices
class HomePageIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Test
	void theHomePageCountsActiveCertificatesByStarAndListsRecentOnes() {
		this.db.sql("""
				WITH r AS (INSERT INTO producer (name, name_folded, province_code)
				           VALUES ('HTX Tân Phú', 'htx tan phu', '82') RETURNING id),
				     p AS (INSERT INTO product (slug, name, name_folded, product_group, producer_id, price_vnd)
				           SELECT v.slug, v.name, v.folded, 'FOOD', r.id, 65000
				           FROM r, (VALUES ('banh-phong-tom', 'Bánh phồng tôm', 'banh phong tom'),
				                           ('keo-dua', 'Kẹo dừa hết hạn', 'keo dua het han')) AS v(slug, name, folded)
				           RETURNING id, slug)
				INSERT INTO certification (product_id, decision_no, decision_date, issuing_level, province_as_issued,
				    rule_set, total_score, stars, valid_from, valid_until, status)
				SELECT p.id, '1/QĐ', DATE '2024-03-15', 'PROVINCE', 'Đồng Tháp', '148/2023', 75, 4,
				       DATE '2024-03-15', DATE '2027-03-14', CASE p.slug WHEN 'keo-dua' THEN 'EXPIRED' ELSE 'ACTIVE' END
				FROM p""").then().block();
		this.client.get()
			.uri("/?lang=vi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(allOf(containsString("Bánh phồng tôm"), containsString("HTX Tân Phú · Đồng Tháp"),
					containsString("65.000 ₫"), containsString("1 sản phẩm"), not(containsString("Kẹo dừa hết hạn"))));
		this.client.get()
			.uri("/?lang=en")
			.exchange()
			.expectBody(String.class)
			.value(containsString("Recently certified"));
	}

	@Test
	void healthIsUp() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

}
