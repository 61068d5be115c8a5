package vn.ocop.market.admin.stock;

import java.time.Clock;
import java.time.LocalDate;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the products an operator means by a name, a GTIN or a scanned stamp: among what a
 * location has available (to sell, send or return), or among the listed OCOP products (to
 * receive).
 */
@Repository
class ProductLookup {

	private static final String CANDIDATE = """
			SELECT p.id, p.name, p.gtin, r.name AS producer, p.price_vnd, b.id AS batch_id, b.lot_code,
			       coalesce(s.on_hand - s.reserved, 0) AS available
			FROM product p
			JOIN producer r ON r.id = p.producer_id
			LEFT JOIN batch b ON b.product_id = p.id AND (b.lot_code = :lot OR b.trace_code = :code)
			LEFT JOIN stock_level s ON s.product_id = p.id AND s.location_id = :location
			WHERE %s
			  AND (p.gtin = :gtin OR b.trace_code = :code OR (CAST(:folded AS text) <> '' AND p.name_folded LIKE '%%' || :folded || '%%'))
			ORDER BY p.name_folded LIMIT 12""";

	private final DatabaseClient db;

	private final Clock clock;

	ProductLookup(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	/**
	 * Products available at the location.
	 */
	Flux<Candidate> available(long locationId, ProductKey key) {
		return find("s.on_hand - s.reserved > 0", locationId, key);
	}

	/**
	 * Listed OCOP products, whatever the location holds.
	 */
	Flux<Candidate> listed(long locationId, ProductKey key) {
		return find("p.id IN (SELECT product_id FROM listed_product(:today))", locationId, key);
	}

	private Flux<Candidate> find(String condition, long locationId, ProductKey key) {
		if (key.empty()) {
			return Flux.empty();
		}
		DatabaseClient.GenericExecuteSpec spec = this.db.sql(CANDIDATE.formatted(condition))
			.bind("location", locationId)
			.bind("folded", (key.folded() != null) ? key.folded() : "")
			.bind("gtin", (key.gtin14() != null) ? key.gtin14() : "-")
			.bind("lot", (key.lot() != null) ? key.lot() : "-")
			.bind("code", (key.traceCode() != null) ? key.traceCode() : "-");
		if (condition.contains(":today")) {
			spec = spec.bind("today", LocalDate.now(this.clock));
		}
		return spec.map((row, meta) -> Candidate.of(row)).all();
	}

	/**
	 * A product that matches, with the lot the stamp named when it named one.
	 */
	record Candidate(long productId, String name, String gtin, String producer, Long priceVnd, Long batchId,
			String lotCode, int available) {

		static Candidate of(Readable row) {
			return new Candidate(row.get("id", Long.class), row.get("name", String.class),
					row.get("gtin", String.class), row.get("producer", String.class), row.get("price_vnd", Long.class),
					row.get("batch_id", Long.class), row.get("lot_code", String.class),
					row.get("available", Integer.class));
		}

	}

}
