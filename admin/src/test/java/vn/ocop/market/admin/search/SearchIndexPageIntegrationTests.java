package vn.ocop.market.admin.search;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.account.Accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * The "Search index" page over the outbox and reindex tables the catalog-indexer works
 * from (no indexer runs here, so rows stay where the test puts them).
 */
@IntegrationTest
class SearchIndexPageIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void showsBacklogLagAndParkedRowsWithTheirErrorAndRetryBringsThemBack() {
		long id = product("Bánh pía Sóc Trăng").producer("Cơ sở Bánh pía Tân Huê Viên").insert(this.db);
		this.db.sql("""
				UPDATE catalog_outbox SET parked = true, attempts = 8, last_error = 'index_closed_exception: closed'
				WHERE product_id = :id AND reason = 'product insert'""").bind("id", id).then().block();
		// a later change of the product, waiting
		this.db.sql("UPDATE product SET price_vnd = 45000 WHERE id = :id").bind("id", id).then().block();
		this.db.sql("UPDATE catalog_outbox SET created_at = now() - interval '90 seconds' WHERE NOT parked")
			.then()
			.block();
		Session admin = admin();

		String page = ok(admin.get("/search-index", "vi"));
		assertThat(page).contains("Bánh pía Sóc Trăng", "index_closed_exception: closed", "Thử lại tất cả (1)")
			.contains("<strong>1</strong> <span>thay đổi đang chờ</span>")
			.contains("<strong>1</strong> <span>thay đổi bị tạm dừng</span>")
			.containsPattern("<strong>(9\\d) giây</strong>");

		long row = parkedRow(id);
		EntityExchangeResult<String> retried = admin.post("/search-index/parked/" + row + "/retry", "");
		assertThat(retried.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
		assertThat(retried.getResponseHeaders().getLocation()).isEqualTo(URI.create("/search-index?retried=1"));
		assertThat(this.db.sql("SELECT parked, attempts FROM catalog_outbox WHERE id = :id")
			.bind("id", row)
			.map((r, meta) -> r.get("parked", Boolean.class) + " " + r.get("attempts", Integer.class))
			.one()
			.block()).isEqualTo("false 0");
		assertThat(ok(admin.get("/search-index?retried=1", "en"))).contains("1 changes sent back to the indexer.")
			.contains("No change is parked.")
			.contains("<strong>2</strong> <span>changes waiting</span>");
	}

	@Test
	void reindexButtonRequestsOnceAndThePageShowsProgress() {
		Session admin = admin();
		for (int i = 0; i < 2; i++) {
			ok(admin.get("/search-index", "vi"));
			assertThat(admin.post("/search-index/reindex", "").getResponseHeaders().getLocation())
				.isEqualTo(URI.create("/search-index?reindexRequested=true"));
		}
		assertThat(this.db.sql("SELECT requested_by || ' ' || status AS r FROM search_reindex")
			.map((r, meta) -> r.get("r", String.class))
			.all()
			.collectList()
			.block()).containsExactly(IntegrationTest.ADMIN_EMAIL + " REQUESTED");
		this.db
			.sql("""
					UPDATE search_reindex SET status = 'RUNNING', started_at = now(), indexed_count = 500, total_count = 2000
					""")
			.then()
			.block();
		assertThat(ok(admin.get("/search-index?reindexRequested=true", "vi")))
			.contains("Đã gửi yêu cầu lập chỉ mục lại")
			.contains("Đang chạy")
			.contains("500 / 2.000 sản phẩm (25%)")
			.contains("data-refresh=\"5\"");
	}

	@Test
	void onlyAdminsSeeThePageOrPostItsForms() {
		EntityExchangeResult<String> anonymous = this.client.get()
			.uri("/search-index")
			.exchange()
			.expectBody(String.class)
			.returnResult();
		assertThat(anonymous.getResponseHeaders().getLocation()).hasPath("/login");
		this.accounts
			.createIfAbsent("operator@ocop.test", this.encoder.encode("operator-pass"), Accounts.Role.OPERATOR,
					"Showroom")
			.block();
		Session operator = Session.logIn(this.client, "operator@ocop.test", "operator-pass");
		assertThat(operator.get("/search-index", "vi").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(operator.post("/search-index/reindex", "").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.db.sql("SELECT count(*) AS n FROM search_reindex")
			.map((r, meta) -> r.get("n", Long.class))
			.one()
			.block()).isZero();
	}

	Session admin() {
		return Session.logIn(this.client, IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);
	}

	static String ok(EntityExchangeResult<String> result) {
		assertThat(result.getStatus()).isEqualTo(HttpStatus.OK);
		return result.getResponseBody();
	}

	long parkedRow(long productId) {
		return this.db.sql("SELECT id FROM catalog_outbox WHERE product_id = :id AND parked")
			.bind("id", productId)
			.map((r, meta) -> r.get("id", Long.class))
			.one()
			.block();
	}

}
