package vn.ocop.market.admin.locations;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockException;
import vn.ocop.market.catalog.stock.StockLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * The office creates and edits locations, refuses what cannot be (a fair without dates, a
 * showroom that ships online), closes them without losing their history, invites their
 * operators and sees which ended fairs still hold goods.
 */
@IntegrationTest
class LocationIntegrationTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	StockLedger ledger;

	BrowserSession office;

	@BeforeEach
	void theOffice() {
		this.office = BrowserSession.login(this.client, IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);
	}

	@Test
	void aShowroomIsCreatedAndListed() {
		String name = "Điểm giới thiệu và bán sản phẩm OCOP Sa Đéc " + System.nanoTime();
		this.office
			.postForm("/locations", "kind", "SHOWROOM", "name", name, "address", "Số 1 Hùng Vương", "provinceCode",
					"82", "phone", "0277 3861 234", "openingHours", "7:00–21:00")
			.expectStatus()
			.isSeeOther();
		this.office.client()
			.get()
			.uri("/locations")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains(name).contains("7:00–21:00").contains("Đồng Tháp"));
	}

	@Test
	void aFairWithoutItsDatesOrAShowroomThatShipsIsRefusedWithMessages() {
		String fair = this.office
			.postForm("/locations", "kind", "FAIR", "name", "Hội chợ OCOP thiếu ngày", "provinceCode", "01")
			.expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(fair).contains("Hội chợ cần ngày khai mạc và ngày bế mạc");
		String shipping = this.office
			.postForm("/locations", "kind", "SHOWROOM", "name", "Showroom giao hàng", "provinceCode", "01",
					"shipsOnline", "true")
			.expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(shipping).contains("Chỉ kho hàng mới giao đơn trực tuyến.");
		String nameless = this.office.postForm("/locations", "kind", "SHOWROOM", "name", " ", "provinceCode", "99")
			.expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(nameless).contains("Hãy nhập tên").contains("Hãy chọn tỉnh/thành phố.");
		assertThat(count("SELECT count(*) FROM stock_location WHERE name LIKE 'Hội chợ OCOP thiếu%' "
				+ "OR name = 'Showroom giao hàng'"))
			.isZero();
	}

	@Test
	void aClosedLocationTakesNoMovementAndKeepsItsHistory() {
		long location = StockFixtures.location("Điểm bán sắp đóng " + System.nanoTime()).insert(this.db);
		long product = product("Bưởi Năm Roi " + System.nanoTime()).insert(this.db);
		this.ledger.apply(Movement.receive(location, product, 2, null, "setup")).block();
		this.office.postForm("/locations/" + location + "/close").expectStatus().isSeeOther();
		assertThatExceptionOfType(StockException.class)
			.isThrownBy(() -> this.ledger.apply(Movement.receive(location, product, 1, null, "late")).block());
		assertThat(count("SELECT count(*) FROM stock_movement WHERE location_id = " + location)).isEqualTo(1);
		this.office.client()
			.get()
			.uri("/locations/" + location)
			.exchange()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("Địa điểm đã đóng").contains("2 đơn vị"));
		this.office.postForm("/locations/" + location + "/reopen").expectStatus().isSeeOther();
		this.ledger.apply(Movement.receive(location, product, 1, null, "again")).block();
	}

	@Test
	void endedFairsThatStillHoldGoodsAreListedUntilTheirLeftoversAreGone() {
		String name = "Hội chợ OCOP vùng Tây Bắc " + System.nanoTime();
		long fair = StockFixtures.location(name).fair(TODAY.minusDays(20), TODAY.minusDays(3)).insert(this.db);
		this.db.sql("UPDATE stock_location SET opens_on = :o, closes_on = :c WHERE id = :id")
			.bind("o", TODAY.minusDays(20))
			.bind("c", TODAY.plusDays(1))
			.bind("id", fair)
			.then()
			.block();
		long product = product("Chè Tà Xùa " + System.nanoTime()).insert(this.db);
		this.ledger.apply(Movement.receive(fair, product, 3, null, "setup")).block();
		this.db.sql("UPDATE stock_location SET closes_on = :c WHERE id = :id")
			.bind("c", TODAY.minusDays(3))
			.bind("id", fair)
			.then()
			.block();
		assertThat(endedFairsSection()).contains(name);
		this.ledger.apply(Movement.returnToProducer(fair, product, 3, null, "op")).block();
		assertThat(endedFairsSection()).doesNotContain(name);
	}

	@Test
	void anInvitedOperatorSeesOnlyTheLocationsTheOfficeAssigned() {
		String tag = Long.toString(System.nanoTime());
		long mine = StockFixtures.location("Showroom được giao " + tag).insert(this.db);
		long other = StockFixtures.location("Showroom không giao " + tag).insert(this.db);
		String page = this.office
			.postForm("/operators", "name", "Chị Lan", "email", "lan" + tag + "@ocop.test", "location",
					Long.toString(mine))
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Matcher link = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})").matcher(page);
		assertThat(link.find()).isTrue();
		WebTestClient anonymous = this.client;
		BrowserSession visitor = BrowserSession.anonymous(anonymous);
		visitor
			.postForm("/invitations/" + link.group(1), "password", "mat-khau-lan-2026", "confirmation",
					"mat-khau-lan-2026")
			.expectStatus()
			.is3xxRedirection();
		BrowserSession lan = BrowserSession.login(this.client, "lan" + tag + "@ocop.test", "mat-khau-lan-2026");
		lan.client().get().uri("/").exchange().expectHeader().location("/stock");
		lan.client()
			.get()
			.uri("/stock")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location("/stock/" + mine);
		lan.client().get().uri("/stock/" + mine).exchange().expectStatus().isOk();
		lan.client().get().uri("/stock/" + other).exchange().expectStatus().isNotFound();
		lan.client().get().uri("/locations").exchange().expectStatus().isForbidden();
	}

	private String endedFairsSection() {
		String html = this.office.client()
			.get()
			.uri("/locations")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		int start = html.indexOf("id=\"ended-fairs\"");
		return (start < 0) ? "" : html.substring(start, html.indexOf("</section>", start));
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> row.get(0, Long.class)).one().block();
	}

}
