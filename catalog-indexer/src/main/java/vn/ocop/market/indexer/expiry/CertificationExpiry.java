package vn.ocop.market.indexer.expiry;

import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A certificate is valid until the end of its {@code valid_until} day in Vietnam. Every
 * night, and on start, certificates past it become EXPIRED; the certification trigger
 * then sends their products through the outbox, and they leave the OCOP listing.
 */
@Component
class CertificationExpiry {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Logger logger = LoggerFactory.getLogger(CertificationExpiry.class);

	private final DatabaseClient db;

	CertificationExpiry(DatabaseClient db) {
		this.db = db;
	}

	@Scheduled(cron = "${ocop.indexer.expiry.cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
	Mono<Long> expire() {
		LocalDate today = LocalDate.now(VIETNAM);
		return this.db
			.sql("UPDATE certification SET status = 'EXPIRED' WHERE status = 'ACTIVE' AND valid_until < :today")
			.bind("today", today)
			.fetch()
			.rowsUpdated()
			.doOnNext((expired) -> {
				if (expired > 0) {
					logger.info("Expired {} certificates valid until before {}", expired, today);
				}
			});
	}

	@EventListener(ApplicationReadyEvent.class)
	void expireOnStart() {
		expire().subscribe(null, (ex) -> logger.warn("Could not expire certificates on start", ex));
	}

}
