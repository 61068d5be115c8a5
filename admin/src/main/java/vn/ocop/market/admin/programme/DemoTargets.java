package vn.ocop.market.admin.programme;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * This year's targets of two provinces for the demo, shaped like their plans (Đồng Tháp:
 * 49 products of 3★ or more, 20 upgrades to 4★, four of 5★; Đà Nẵng, which Quảng Nam
 * joined: 70 % of registered products reaching 3★). Entered once; the office's own edits
 * stay.
 */
@Component
@Profile("local")
class DemoTargets {

	private final DatabaseClient db;

	private final Clock clock;

	DemoTargets(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(3)
	void enterOnFirstStart() {
		this.db.sql("""
				INSERT INTO programme_target (province_code, year, certified_3plus, upgraded_3_to_4, five_star,
				    registered_products, share_3plus_percent, updated_by)
				VALUES ('82', :year, 49, 20, 4, NULL, NULL, 'demo'), ('48', :year, NULL, NULL, NULL, 100, 70, 'demo')
				ON CONFLICT (province_code, year) DO NOTHING""")
			.bind("year", (short) LocalDate.now(this.clock).getYear())
			.then()
			.block();
	}

}
