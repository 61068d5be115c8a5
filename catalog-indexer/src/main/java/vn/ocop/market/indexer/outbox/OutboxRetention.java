package vn.ocop.market.indexer.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox from growing for ever. A processed row is history once its product is
 * indexed, except each product's newest row: its id is the version of the product's
 * search document, so it stays. Pending and parked rows are never touched. Rows go in
 * short batches, so no long transaction holds the table.
 */
@Component
class OutboxRetention {

	static final int BATCH = 5_000;

	private static final String DELETE_BATCH = """
			WITH doomed AS (
			    SELECT o.id FROM catalog_outbox o
			    WHERE o.processed_at < clock_timestamp() - :keep * interval '1 millisecond'
			      AND EXISTS (SELECT 1 FROM catalog_outbox n WHERE n.product_id = o.product_id AND n.id > o.id)
			    ORDER BY o.id
			    LIMIT :batch)
			DELETE FROM catalog_outbox o USING doomed WHERE o.id = doomed.id
			""";

	private static final Logger logger = LoggerFactory.getLogger(OutboxRetention.class);

	private final DatabaseClient db;

	private final OutboxProperties properties;

	OutboxRetention(DatabaseClient db, OutboxProperties properties) {
		this.db = db;
		this.properties = properties;
	}

	/**
	 * Deletes the processed rows past {@code keep-processed}.
	 * @return how many rows went
	 */
	@Scheduled(cron = "${ocop.indexer.outbox.cleanup-cron:0 40 * * * *}")
	Mono<Long> cleanUp() {
		return deleteBatch().expand((deleted) -> (deleted == BATCH) ? deleteBatch() : Mono.empty())
			.reduce(0L, Long::sum)
			.doOnNext((deleted) -> {
				if (deleted > 0) {
					logger.info("Deleted {} processed outbox rows older than {}", deleted,
							this.properties.keepProcessed());
				}
			});
	}

	private Mono<Long> deleteBatch() {
		return this.db.sql(DELETE_BATCH)
			.bind("keep", this.properties.keepProcessed().toMillis())
			.bind("batch", BATCH)
			.fetch()
			.rowsUpdated();
	}

}
