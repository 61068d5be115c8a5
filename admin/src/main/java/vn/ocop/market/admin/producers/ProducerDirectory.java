package vn.ocop.market.admin.producers;

import java.time.Instant;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.text.VietnameseText;

/**
 * Producers as the office sees them: searchable by name, with their accounts, products
 * and batches.
 */
@Repository
class ProducerDirectory {

	private final DatabaseClient db;

	ProducerDirectory(DatabaseClient db) {
		this.db = db;
	}

	private static final String PRODUCER = """
			SELECT p.id, p.name, p.kind, v.name_vi AS province,
			       (SELECT count(*) FROM app_user u WHERE u.producer_id = p.id) AS accounts
			FROM producer p JOIN province v ON v.code = p.province_code""";

	Flux<ProducerRow> search(String query) {
		String folded = (query != null) ? VietnameseText.fold(query).strip() : "";
		return this.db
			.sql(PRODUCER + " WHERE :q = '' OR p.name_folded LIKE '%' || :q || '%' ORDER BY p.name_folded LIMIT 50")
			.bind("q", folded)
			.map((row, meta) -> ProducerRow.of(row))
			.all();
	}

	Mono<ProducerRow> find(long id) {
		return this.db.sql(PRODUCER + " WHERE p.id = :id").bind("id", id).map((row, meta) -> ProducerRow.of(row)).one();
	}

	Flux<AccountRow> accounts(long producerId) {
		return this.db.sql("""
				SELECT u.email, u.display_name, u.password_hash IS NOT NULL AS active,
				       (SELECT max(i.expires_at) FROM account_invitation i WHERE i.user_id = u.id AND i.used_at IS NULL)
				           AS open_until
				FROM app_user u WHERE u.producer_id = :id ORDER BY u.email""")
			.bind("id", producerId)
			.map((row, meta) -> new AccountRow(row.get("email", String.class), row.get("display_name", String.class),
					row.get("active", Boolean.class), row.get("open_until", Instant.class)))
			.all();
	}

	Flux<ProductRow> products(long producerId) {
		return this.db.sql("""
				SELECT p.id, p.name, p.story_hidden
				FROM product p WHERE p.producer_id = :id ORDER BY p.name_folded""")
			.bind("id", producerId)
			.map((row, meta) -> new ProductRow(row.get("id", Long.class), row.get("name", String.class),
					row.get("story_hidden", Boolean.class)))
			.all();
	}

	record ProducerRow(long id, String name, String kind, String province, long accounts) {

		static ProducerRow of(Readable row) {
			return new ProducerRow(row.get("id", Long.class), row.get("name", String.class),
					row.get("kind", String.class), row.get("province", String.class), row.get("accounts", Long.class));
		}

	}

	record AccountRow(String email, String name, boolean active, Instant openUntil) {

	}

	record ProductRow(long id, String name, boolean storyHidden) {

	}

}
