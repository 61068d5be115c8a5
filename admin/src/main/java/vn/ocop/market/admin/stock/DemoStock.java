package vn.ocop.market.admin.stock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.admin.account.LocationScope;
import vn.ocop.market.catalog.stock.Lots;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.catalog.web.VietnamWebConfiguration;

/**
 * The demo's places and their last two weeks, built once on a fresh machine after the
 * demo catalogue: two warehouses that ship online, a showroom in every region, two OCOP
 * sales points, a fair on today and one that ended with leftovers, their operators, and
 * stock that got there only through the ledger (receipts by lot, counter sales, a
 * transfer), each day recorded on its own date. Deterministic for a given first day.
 */
@Component
@Profile("local")
class DemoStock {

	/** Operators' password on the demo machine, printed by {@code ./ocop up}. */
	static final String PASSWORD = "ocop-operator";

	private static final Logger logger = LoggerFactory.getLogger(DemoStock.class);

	private static final ZoneId VIETNAM = VietnamWebConfiguration.VIETNAM;

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final Lots lots;

	private final PasswordEncoder encoder;

	private final Clock clock;

	DemoStock(DatabaseClient db, TransactionalOperator transaction, Lots lots, PasswordEncoder encoder, Clock clock) {
		this.db = db;
		this.transaction = transaction;
		this.lots = lots;
		this.encoder = encoder;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(2)
	void createOnce() {
		Long existing = this.db.sql("SELECT count(*) AS n FROM stock_location")
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
		Long products = this.db.sql("SELECT count(*) AS n FROM product")
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
		if (existing > 0 || products < 200) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		Places places = places(today);
		operators(places);
		history(places, today);
		logger.info("Demo stock: {} locations, operators {} (password {})", places.all().size(),
				String.join(", ", OPERATORS.keySet()), PASSWORD);
	}

	private static final Map<String, String> OPERATORS = Map.of("kho@ocop.local", "Kho hàng OCOP",
			"showroom@ocop.local", "Showroom OCOP Hà Nội", "hoicho@ocop.local", "Ban tổ chức hội chợ OCOP",
			"sadec@ocop.local", "Điểm bán OCOP Sa Đéc");

	private Places places(LocalDate today) {
		long hanoiWarehouse = location("WAREHOUSE", "Kho OCOP Hà Nội", "Số 489 Hoàng Quốc Việt, Cầu Giấy", "01", null,
				null, true, "024 3756 1234", "7:30–17:00 thứ Hai–thứ Bảy");
		long deltaWarehouse = location("WAREHOUSE", "Kho OCOP Đồng Tháp", "Số 12 Lý Thường Kiệt, Cao Lãnh", "82", null,
				null, true, "0277 3851 234", "7:30–17:00 thứ Hai–thứ Bảy");
		List<Long> showrooms = List.of(
				location("SHOWROOM", "Showroom OCOP Hà Nội", "Số 2 Hoàng Văn Thụ, Ba Đình", "01", null, null, false,
						"024 3823 4567", "8:00–21:00 hằng ngày"),
				location("SHOWROOM", "Showroom OCOP Sa Pa", "Số 8 Cầu Mây, Sa Pa", "15", null, null, false,
						"0214 3871 555", "8:00–22:00 hằng ngày"),
				location("SHOWROOM", "Showroom OCOP Huế", "Số 15 Lê Lợi, Thuận Hóa", "46", null, null, false,
						"0234 3822 100", "8:00–21:00 hằng ngày"),
				location("SHOWROOM", "Showroom OCOP Đà Nẵng", "Số 36 Bạch Đằng, Hải Châu", "48", null, null, false,
						"0236 3821 888", "8:00–22:00 hằng ngày"),
				location("SHOWROOM", "Showroom OCOP Buôn Ma Thuột", "Số 1 Lê Duẩn, Buôn Ma Thuột", "66", null, null,
						false, "0262 3852 777", "7:30–20:00 hằng ngày"),
				location("SHOWROOM", "Showroom OCOP Thành phố Hồ Chí Minh", "Số 92 Lê Thánh Tôn, Sài Gòn", "79", null,
						null, false, "028 3823 9999", "8:00–21:30 hằng ngày"),
				location("SHOWROOM", "Điểm giới thiệu và bán sản phẩm OCOP Sa Đéc", "Số 100 Hùng Vương, Sa Đéc", "82",
						null, null, false, "0277 3861 234", "7:00–21:00 hằng ngày"),
				location("SHOWROOM", "Điểm bán sản phẩm OCOP Sân bay Nội Bài", "Nhà ga T2, Sóc Sơn", "01", null, null,
						false, "024 3584 0000", "5:00–23:00 hằng ngày"));
		long runningFair = location("FAIR", "Hội chợ OCOP khu vực phía Bắc", "Cung Văn hóa Hữu nghị, 91 Trần Hưng Đạo",
				"01", today.minusDays(2), today.plusDays(3), false, "024 3942 1111", null);
		long endedFair = location("FAIR", "Hội chợ OCOP Đồng bằng sông Cửu Long", "Bến Ninh Kiều, Cần Thơ", "92",
				today.minusDays(12), today.minusDays(6), false, "0292 3821 222", null);
		return new Places(hanoiWarehouse, deltaWarehouse, showrooms, runningFair, endedFair);
	}

	private void operators(Places places) {
		Map<String, List<Long>> assigned = Map.of("kho@ocop.local",
				List.of(places.hanoiWarehouse(), places.deltaWarehouse()), "showroom@ocop.local",
				List.of(places.showrooms().get(0), places.showrooms().get(7)), "hoicho@ocop.local",
				List.of(places.runningFair(), places.endedFair()), "sadec@ocop.local",
				List.of(places.showrooms().get(6)));
		String hash = this.encoder.encode(PASSWORD);
		assigned.forEach((email, locations) -> this.db
			.sql("""
					WITH account AS (
					    INSERT INTO app_user (email, password_hash, role, display_name) VALUES (:email, :hash, 'OPERATOR', :name)
					    ON CONFLICT (email) DO NOTHING RETURNING id)
					INSERT INTO app_user_location (user_id, location_id)
					SELECT a.id, l FROM account a, unnest(CAST(:locations AS bigint[])) AS l""")
			.bind("email", email)
			.bind("hash", hash)
			.bind("name", OPERATORS.get(email))
			.bind("locations", locations.toArray(Long[]::new))
			.then()
			.block());
	}

	/**
	 * Two weeks of the places' lives, each day on its own clock: goods arrive (some of
	 * known lots), the fairs and showrooms sell, the warehouse sends a transfer, the
	 * ended fair returns part of its goods and keeps leftovers.
	 */
	private void history(Places places, LocalDate today) {
		LocalDate start = today.minusDays(13);
		List<Long> national = products("TRUE", 160);
		List<Long> delta = products("r.province_code IN ('82', '86', '91', '92', '96')", 80);
		receive(start, places.hanoiWarehouse(), national, true);
		receive(start, places.deltaWarehouse(), delta, true);
		for (int i = 0; i < places.showrooms().size(); i++) {
			long showroom = places.showrooms().get(i);
			String region = this.db.sql(
					"SELECT v.region FROM stock_location l JOIN province v ON v.code = l.province_code WHERE l.id = :id")
				.bind("id", showroom)
				.map((row, meta) -> row.get("region", String.class))
				.one()
				.block();
			List<Long> regional = products("v.region = '" + region + "'", 24);
			receive(start.plusDays(1), showroom, regional.isEmpty() ? national.subList(i * 10, i * 10 + 24) : regional,
					false);
		}
		receive(start.plusDays(1), places.endedFair(), delta.subList(0, 20), false);
		receive(today.minusDays(3), places.runningFair(), national.subList(40, 70), false);
		for (int day = 2; day <= 13; day++) {
			LocalDate date = start.plusDays(day);
			for (int s = 0; s < places.showrooms().size(); s++) {
				sell(date, places.showrooms().get(s), 2 + (day + s) % 4, day * 31 + s);
			}
			if (!date.isBefore(start.plusDays(1)) && !date.isAfter(today.minusDays(6))) {
				sell(date, places.endedFair(), 6, day * 17);
			}
			if (!date.isBefore(today.minusDays(2))) {
				sell(date, places.runningFair(), 8, day * 13);
			}
		}
		transfer(today.minusDays(4), places.hanoiWarehouse(), places.showrooms().get(0), national.subList(0, 6));
		returnSome(today.minusDays(5), places.endedFair(), delta.subList(0, 8));
	}

	private List<Long> products(String condition, int limit) {
		return this.db
			.sql("""
					SELECT p.id FROM listed_product(:today) l JOIN product p ON p.id = l.product_id
					JOIN producer r ON r.id = p.producer_id JOIN province v ON v.code = r.province_code
					WHERE p.price_vnd IS NOT NULL AND p.product_group <> 'TOURISM' AND %s ORDER BY p.id LIMIT :limit"""
				.formatted(condition))
			.bind("today", LocalDate.now(this.clock))
			.bind("limit", limit)
			.map((row, meta) -> row.get("id", Long.class))
			.all()
			.collectList()
			.block();
	}

	/**
	 * Goods arrive from their producers; every fourth product of a warehouse comes as a
	 * lot with its own journey.
	 */
	private void receive(LocalDate day, long location, List<Long> products, boolean withLots) {
		StockLedger ledger = ledgerAt(day, LocalTime.of(8, 30));
		Flux.fromIterable(products).index().concatMap((numbered) -> {
			long product = numbered.getT2();
			int quantity = 8 + (int) (product % 23);
			Mono<Long> lot = (withLots && numbered.getT1() % 4 == 0) ? lot(product, day) : Mono.empty();
			return lot.map((batch) -> Movement.receive(location, product, quantity, batch, "demo"))
				.defaultIfEmpty(Movement.receive(location, product, quantity, null, "demo"))
				.flatMap(ledger::apply);
		}).then().block();
	}

	private Mono<Long> lot(long product, LocalDate day) {
		return this.db.sql("""
				INSERT INTO batch (product_id, lot_code, produced_on, best_before, quantity, created_by)
				VALUES (:product, :lot, :produced, :best, 500, 'demo')
				ON CONFLICT (product_id, lot_code) DO UPDATE SET quantity = EXCLUDED.quantity RETURNING id""")
			.bind("product", product)
			.bind("lot", "DEMO-" + product)
			.bind("produced", day.minusDays(20))
			.bind("best", day.plusMonths(12))
			.map((row, meta) -> row.get("id", Long.class))
			.one();
	}

	/**
	 * A day's counter sales at a place, of what it holds, paid in cash or by VietQR.
	 */
	private void sell(LocalDate day, long location, int sales, long seed) {
		List<Long> held = this.db
			.sql("SELECT product_id FROM stock_level WHERE location_id = :l AND on_hand > 3 ORDER BY product_id")
			.bind("l", location)
			.map((row, meta) -> row.get("product_id", Long.class))
			.all()
			.collectList()
			.block();
		if (held.isEmpty()) {
			return;
		}
		for (int i = 0; i < sales; i++) {
			StockLedger ledger = ledgerAt(day, LocalTime.of(9 + (i * 2) % 11, (int) ((seed + i * 7) % 60)));
			Sales counter = new Sales(this.db, this.transaction, ledger, this.lots);
			long product = held.get((int) ((seed + i * 5) % held.size()));
			DraftLines line = DraftLines.empty().plus(new DraftLines.Line(product, null, 1 + (int) ((seed + i) % 2)));
			PaymentMethod method = ((seed + i) % 3 == 0) ? PaymentMethod.BANK_TRANSFER : PaymentMethod.CASH;
			counter
				.record(scope(location), location, UUID.nameUUIDFromBytes((location + ":" + seed + ":" + i).getBytes()),
						method, line)
				.block();
		}
	}

	private void transfer(LocalDate day, long from, long to, List<Long> products) {
		StockLedger ledger = ledgerAt(day, LocalTime.of(10, 0));
		Transfers transfers = new Transfers(this.db, this.transaction, ledger, this.lots,
				Clock.fixed(ledger.now(), VIETNAM));
		DraftLines lines = DraftLines.empty();
		for (long product : products) {
			lines = lines.plus(new DraftLines.Line(product, null, 5));
		}
		LocationScope both = new LocationScope(Set.of(from, to), false, "demo");
		Long id = transfers.request(both, from, to, lines, "Bổ sung hàng cho showroom").block();
		Transfers.Transfer requested = transfers.find(both, id).block();
		transfers.send(both, id, Map.of()).block();
		Map<Long, Transfers.Count> counted = new java.util.HashMap<>();
		requested.lines()
			.forEach((line) -> counted.put(line.id(), (line.productId() == products.get(0))
					? new Transfers.Count(4, "Vỡ một hộp khi vận chuyển") : new Transfers.Count(5, null)));
		new Transfers(this.db, this.transaction, ledgerAt(day.plusDays(1), LocalTime.of(9, 0)), this.lots,
				Clock.fixed(ledgerAt(day.plusDays(1), LocalTime.of(9, 0)).now(), VIETNAM))
			.receive(both, id, counted)
			.block();
	}

	private void returnSome(LocalDate day, long location, List<Long> products) {
		StockLedger ledger = ledgerAt(day, LocalTime.of(16, 0));
		Flux.fromIterable(products)
			.concatMap((product) -> this.lots.allocate(location, product, 3, null)
				.flatMapIterable((allocations) -> allocations.stream()
					.map((a) -> Movement.returnToProducer(location, product, a.quantity(), a.batchId(), "demo"))
					.toList()))
			.collectList()
			.flatMap(ledger::applyAll)
			.block();
	}

	private StockLedger ledgerAt(LocalDate day, LocalTime time) {
		return new StockLedger(this.db, this.transaction,
				Clock.fixed(day.atTime(time).atZone(VIETNAM).toInstant(), VIETNAM));
	}

	private static LocationScope scope(long location) {
		return new LocationScope(Set.of(location), false, "demo");
	}

	private long location(String kind, String name, String address, String province, LocalDate opens, LocalDate closes,
			boolean ships, String phone, String hours) {
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("""
					INSERT INTO stock_location (kind, name, address, province_code, opens_on, closes_on, ships_online, phone,
					                            opening_hours)
					VALUES (:kind, :name, :address, :province, :opens, :closes, :ships, :phone, :hours) RETURNING id""")
			.bind("kind", kind)
			.bind("name", name)
			.bind("address", address)
			.bind("province", province)
			.bind("ships", ships)
			.bind("phone", phone);
		spec = (opens != null) ? spec.bind("opens", opens) : spec.bindNull("opens", LocalDate.class);
		spec = (closes != null) ? spec.bind("closes", closes) : spec.bindNull("closes", LocalDate.class);
		spec = (hours != null) ? spec.bind("hours", hours) : spec.bindNull("hours", String.class);
		return spec.map((row, meta) -> row.get("id", Long.class)).one().block();
	}

	record Places(long hanoiWarehouse, long deltaWarehouse, List<Long> showrooms, long runningFair, long endedFair) {

		List<Long> all() {
			List<Long> all = new java.util.ArrayList<>(this.showrooms);
			all.addAll(List.of(this.hanoiWarehouse, this.deltaWarehouse, this.runningFair, this.endedFair));
			return all;
		}

	}

}
