package vn.ocop.market.admin.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.product.Gtin;

/**
 * Reads what the catalog knows of a file's products, by GTIN or by key, with their
 * decisions: one query whatever the number of rows, each product found through an index.
 */
@Repository
class KnownProductsQuery {

	private static final String SQL = """
			WITH wanted AS (
			    SELECT * FROM json_to_recordset(:wanted::json)
			        AS w(gtin char(14), province_code char(2), producer_folded text, product_folded text)
			), found AS (
			    SELECT p.id FROM product p WHERE p.gtin IN (SELECT gtin FROM wanted)
			    UNION
			    SELECT p.id FROM wanted w
			    JOIN producer r ON r.province_code = w.province_code AND r.name_folded = w.producer_folded
			    JOIN product p ON p.producer_id = r.id AND p.name_folded = w.product_folded
			)
			SELECT p.id, p.gtin, r.province_code, r.name_folded AS producer_folded, p.name_folded,
			       c.decision_no, c.decision_date, c.stars, c.status
			FROM found JOIN product p ON p.id = found.id JOIN producer r ON r.id = p.producer_id
			LEFT JOIN certification c ON c.product_id = p.id
			""";

	private final DatabaseClient db;

	private final JsonMapper json;

	KnownProductsQuery(DatabaseClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	Mono<KnownProducts> of(List<CheckedRow> rows) {
		List<Wanted> wanted = rows.stream()
			.filter(CheckedRow::valid)
			.map((row) -> Wanted.of(row.decision()))
			.distinct()
			.toList();
		if (wanted.isEmpty()) {
			return Mono.just(KnownProducts.none());
		}
		return this.db.sql(SQL)
			.bind("wanted", this.json.writeValueAsString(wanted))
			.map(Found::of)
			.all()
			.collectList()
			.map(KnownProductsQuery::known);
	}

	private static KnownProducts known(List<Found> found) {
		Map<Gtin, Long> byGtin = new HashMap<>();
		Map<Decision.ProductKey, Long> byKey = new HashMap<>();
		Map<Long, Gtin> gtinOf = new HashMap<>();
		Map<Long, KnownProducts.Current> current = new HashMap<>();
		Set<KnownProducts.DecisionRef> decisions = new HashSet<>();
		for (Found row : found) {
			if (row.gtin() != null) {
				byGtin.put(row.gtin(), row.id());
				gtinOf.put(row.id(), row.gtin());
			}
			byKey.put(row.key(), row.id());
			if (row.decisionNo() != null) {
				decisions.add(new KnownProducts.DecisionRef(row.id(), row.decisionNo(), row.decisionDate()));
			}
			if ("ACTIVE".equals(row.status()) || "EXPIRED".equals(row.status())) {
				current.put(row.id(), new KnownProducts.Current(row.decisionNo(), row.decisionDate(), row.stars()));
			}
		}
		return new KnownProducts(byGtin, byKey, gtinOf, current, decisions);
	}

	/**
	 * What a row may be known by, as the query reads it.
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Wanted(String gtin, String provinceCode, String producerFolded, String productFolded) {

		static Wanted of(Decision decision) {
			Decision.ProductKey key = decision.productKey();
			return new Wanted((decision.gtin() != null) ? decision.gtin().value() : null, key.provinceCode(),
					key.producerFolded(), key.productFolded());
		}

	}

	/**
	 * A product found, with one of its decisions if it has any.
	 */
	private record Found(long id, Gtin gtin, Decision.ProductKey key, String decisionNo, LocalDate decisionDate,
			int stars, String status) {

		static Found of(Readable row) {
			String gtin = row.get("gtin", String.class);
			Short stars = row.get("stars", Short.class);
			return new Found(row.get("id", Long.class), (gtin != null) ? new Gtin(gtin) : null,
					new Decision.ProductKey(row.get("province_code", String.class),
							row.get("producer_folded", String.class), row.get("name_folded", String.class)),
					row.get("decision_no", String.class), row.get("decision_date", LocalDate.class),
					(stars != null) ? stars : 0, row.get("status", String.class));
		}

	}

}
