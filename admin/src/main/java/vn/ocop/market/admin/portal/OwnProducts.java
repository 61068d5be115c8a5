package vn.ocop.market.admin.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.admin.account.ProducerScope;

/**
 * The products a producer account may touch: those of its own producer. Every query takes
 * the account's {@link ProducerScope}, so another producer's id finds nothing.
 */
@Repository
class OwnProducts {

	private final DatabaseClient db;

	private final Clock clock;

	OwnProducts(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	Flux<ProductSummary> all(ProducerScope scope) {
		return this.db
			.sql("""
					SELECT p.id, p.name, p.gtin, p.story_md, p.story_hidden,
					       (SELECT max(c.stars) FROM certification c WHERE c.product_id = p.id AND c.status = 'ACTIVE') AS stars,
					       (SELECT count(*) FROM batch b WHERE b.product_id = p.id) AS batches,
					       (SELECT count(*) FROM product_image i WHERE i.product_id = p.id) AS photos,
					       l.valid_until
					FROM product p LEFT JOIN listed_product(:today) l ON l.product_id = p.id
					WHERE p.producer_id = :producer ORDER BY p.name_folded""")
			.bind("producer", scope.producerId())
			.bind("today", LocalDate.now(this.clock))
			.map((row, meta) -> new ProductSummary(row.get("id", Long.class), row.get("name", String.class),
					row.get("gtin", String.class), row.get("story_md", String.class),
					row.get("story_hidden", Boolean.class), row.get("stars", Integer.class),
					row.get("batches", Long.class), row.get("photos", Long.class),
					row.get("valid_until", LocalDate.class), daysLeft(row.get("valid_until", LocalDate.class))))
			.all();
	}

	Mono<ProductSummary> find(long id, ProducerScope scope) {
		return all(scope).filter((product) -> product.id() == id).next();
	}

	Mono<Void> saveStory(long id, String markdown, ProducerScope scope) {
		return this.db.sql("""
				WITH owned AS (SELECT p.id FROM product p WHERE p.id = :id AND p.producer_id = :producer),
				     changed AS (UPDATE product SET story_md = :story, updated_at = now()
				                 WHERE id = (SELECT id FROM owned) RETURNING id)
				INSERT INTO story_revision (product_id, story_md, author) SELECT id, :story, :email FROM changed""")
			.bind("id", id)
			.bind("producer", scope.producerId())
			.bind("story", markdown)
			.bind("email", scope.actor())
			.then();
	}

	Flux<Revision> revisions(long productId) {
		return this.db.sql("""
				SELECT id, story_md, author, created_at FROM story_revision WHERE product_id = :id
				ORDER BY created_at DESC, id DESC LIMIT 50""")
			.bind("id", productId)
			.map((row, meta) -> new Revision(row.get("id", Long.class), row.get("story_md", String.class),
					row.get("author", String.class), row.get("created_at", Instant.class)))
			.all();
	}

	private Long daysLeft(LocalDate validUntil) {
		return (validUntil != null) ? ChronoUnit.DAYS.between(LocalDate.now(this.clock), validUntil) : null;
	}

	/**
	 * @param validUntil the listed certificate's last day, null when not listed
	 * @param daysLeft until the listed certificate runs out (0: its last day is today);
	 * null when the product is not listed
	 */
	record ProductSummary(long id, String name, String gtin, String storyMd, boolean storyHidden, Integer stars,
			long batches, long photos, LocalDate validUntil, Long daysLeft) {

		/** Within the half year the office starts renewals in. */
		public boolean expiresSoon() {
			return this.daysLeft != null && this.daysLeft < EXPIRY_NOTICE_DAYS;
		}

	}

	static final int EXPIRY_NOTICE_DAYS = 180;

	record Revision(long id, String storyMd, String author, Instant createdAt) {

	}

}
