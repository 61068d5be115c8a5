package vn.ocop.market.indexer.expiry;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A fair stops offering its goods the day after its last day, though no row changes then:
 * every night (and on start, for a night the indexer missed) the products still at fairs
 * that ended lately go through the outbox, so search stops naming those fairs.
 */
@Component
class FairEnd {

	private static final Logger logger = LoggerFactory.getLogger(FairEnd.class);

	private final DatabaseClient db;

	private final Clock clock;

	FairEnd(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	@Scheduled(cron = "${ocop.indexer.expiry.cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
	Mono<Long> refresh() {
		LocalDate today = LocalDate.now(this.clock);
		return this.db
			.sql("""
					WITH ended AS (
					    INSERT INTO catalog_outbox (product_id, reason)
					    SELECT DISTINCT s.product_id, 'fair ended' FROM stock_level s JOIN stock_location l ON l.id = s.location_id
					    WHERE l.kind = 'FAIR' AND l.closes_on < :today AND l.closes_on >= :since AND s.on_hand > 0
					    RETURNING 1)
					SELECT count(*) AS n, pg_notify('catalog_outbox', '') IS NOT NULL AS notified FROM ended""")
			.bind("today", today)
			.bind("since", today.minusDays(2))
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.doOnNext((products) -> {
				if (products > 0) {
					logger.info("{} products at fairs that ended are sent to search again", products);
				}
			});
	}

	@EventListener(ApplicationReadyEvent.class)
	void refreshOnStart() {
		refresh().subscribe(null, (ex) -> logger.warn("Could not refresh the products of ended fairs", ex));
	}

}
