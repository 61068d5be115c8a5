package vn.ocop.market.admin.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.text.Slugs;

/**
 * Writes a planned file in a few set-based statements (arrays unnested in SQL), whatever
 * the number of rows.
 */
@Repository
class CatalogWrites {

	private final DatabaseClient db;

	CatalogWrites(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Writes every row whose outcome writes: producers and products first, then the
	 * certificates, superseding the ones they replace.
	 */
	Mono<Void> write(List<PlannedRow> planned, long importId, LocalDate today) {
		List<PlannedRow> writes = planned.stream().filter((row) -> row.outcome().writes()).toList();
		if (writes.isEmpty()) {
			return Mono.empty();
		}
		List<Decision> fresh = writes.stream()
			.filter((row) -> row.productId() == null && row.outcome() == Outcome.NEW)
			.map((row) -> row.row().decision())
			.toList();
		return insertProducers(fresh).then(insertProducts(fresh)).flatMap((created) -> {
			Function<PlannedRow, Long> productOf = (row) -> (row.productId() != null) ? row.productId()
					: created.get(row.newProduct());
			return updateProducts(writes, productOf).then(supersede(writes))
				.then(insertCertificates(writes, productOf, importId, today));
		});
	}

	private Mono<Void> insertProducers(List<Decision> fresh) {
		Map<String, Decision> distinct = new LinkedHashMap<>();
		fresh.forEach(
				(d) -> distinct.putIfAbsent(d.productKey().provinceCode() + "|" + d.productKey().producerFolded(), d));
		List<Decision> producers = new ArrayList<>(distinct.values());
		return this.db.sql("""
				INSERT INTO producer (name, name_folded, kind, province_code, district, commune)
				SELECT * FROM unnest(:names::text[], :folded::text[], :kinds::text[], :provinces::text[],
				                     :districts::text[], :communes::text[])
				ON CONFLICT (province_code, name_folded) DO NOTHING
				""")
			.bind("names", column(producers, Decision::producerName))
			.bind("folded", column(producers, (d) -> d.productKey().producerFolded()))
			.bind("kinds", column(producers, Decision::producerKind))
			.bind("provinces", column(producers, (d) -> d.province().code()))
			.bind("districts", column(producers, Decision::district))
			.bind("communes", column(producers, Decision::commune))
			.then();
	}

	/**
	 * @return the new products' ids by their key
	 */
	private Mono<Map<Decision.ProductKey, Long>> insertProducts(List<Decision> fresh) {
		if (fresh.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.db.sql("SELECT slug FROM product")
			.map((row, meta) -> row.get("slug", String.class))
			.all()
			.collect(HashSet<String>::new, Set::add)
			.flatMap((taken) -> {
				List<String> slugs = fresh.stream().map((d) -> uniqueSlug(d, taken)).toList();
				Map<String, Decision.ProductKey> keyOf = new HashMap<>();
				for (int i = 0; i < slugs.size(); i++) {
					keyOf.put(slugs.get(i), fresh.get(i).productKey());
				}
				return this.db
					.sql("""
							INSERT INTO product (slug, name, name_folded, product_group, producer_id, price_vnd, gtin)
							SELECT n.slug, n.name, n.name_folded, n.product_group, r.id, n.price_vnd::bigint, n.gtin
							FROM unnest(:slugs::text[], :names::text[], :folded::text[], :groups::text[], :provinces::text[],
							            :producers::text[], :prices::text[], :gtins::text[])
							     AS n(slug, name, name_folded, product_group, province_code, producer_folded, price_vnd, gtin)
							JOIN producer r ON r.province_code = n.province_code AND r.name_folded = n.producer_folded
							RETURNING id, slug
							""")
					.bind("slugs", slugs.toArray(String[]::new))
					.bind("names", column(fresh, Decision::productName))
					.bind("folded", column(fresh, (d) -> d.productKey().productFolded()))
					.bind("groups", column(fresh, (d) -> d.group().name()))
					.bind("provinces", column(fresh, (d) -> d.province().code()))
					.bind("producers", column(fresh, (d) -> d.productKey().producerFolded()))
					.bind("prices", column(fresh, (d) -> (d.priceVnd() != null) ? d.priceVnd().toString() : null))
					.bind("gtins", column(fresh, (d) -> (d.gtin() != null) ? d.gtin().value() : null))
					.map((row, meta) -> Map.entry(keyOf.get(row.get("slug", String.class)), row.get("id", Long.class)))
					.all()
					.collectMap(Map.Entry::getKey, Map.Entry::getValue);
			});
	}

	private static String uniqueSlug(Decision decision, Set<String> taken) {
		String base = Slugs.of(decision.productName());
		String candidate = base;
		if (!taken.add(candidate)) {
			candidate = Slugs.of(decision.productName() + " " + decision.province().slug());
			for (int n = 2; !taken.add(candidate); n++) {
				candidate = Slugs.of(decision.productName() + " " + decision.province().slug()) + "-" + n;
			}
		}
		return candidate;
	}

	/**
	 * The product's current decision may bring a price or a GTIN; an older one never
	 * changes the product.
	 */
	private Mono<Void> updateProducts(List<PlannedRow> writes, Function<PlannedRow, Long> productOf) {
		List<PlannedRow> current = writes.stream().filter(PlannedRow::current).toList();
		if (current.isEmpty()) {
			return Mono.empty();
		}
		List<Decision> decisions = current.stream().map((row) -> row.row().decision()).toList();
		return this.db.sql("""
				UPDATE product p SET price_vnd = COALESCE(u.price_vnd::bigint, p.price_vnd),
				       gtin = COALESCE(p.gtin, u.gtin), product_group = u.product_group, updated_at = now()
				FROM unnest(:ids::bigint[], :prices::text[], :gtins::text[], :groups::text[])
				     AS u(id, price_vnd, gtin, product_group)
				WHERE p.id = u.id
				  AND (p.price_vnd IS DISTINCT FROM COALESCE(u.price_vnd::bigint, p.price_vnd)
				       OR p.gtin IS DISTINCT FROM COALESCE(p.gtin, u.gtin) OR p.product_group <> u.product_group)
				""")
			.bind("ids", current.stream().map(productOf).toArray(Long[]::new))
			.bind("prices", column(decisions, (d) -> (d.priceVnd() != null) ? d.priceVnd().toString() : null))
			.bind("gtins", column(decisions, (d) -> (d.gtin() != null) ? d.gtin().value() : null))
			.bind("groups", column(decisions, (d) -> d.group().name()))
			.then();
	}

	private Mono<Void> supersede(List<PlannedRow> writes) {
		Long[] ids = writes.stream()
			.filter((row) -> row.productId() != null && row.current())
			.map(PlannedRow::productId)
			.toArray(Long[]::new);
		return this.db.sql("""
				UPDATE certification SET status = 'SUPERSEDED'
				WHERE product_id = ANY(:ids) AND status IN ('ACTIVE', 'EXPIRED')
				""").bind("ids", ids).then();
	}

	/**
	 * Every decision of the file goes into the product's history; only its current one is
	 * in force.
	 */
	private Mono<Void> insertCertificates(List<PlannedRow> writes, Function<PlannedRow, Long> productOf, long importId,
			LocalDate today) {
		List<Decision> decisions = writes.stream().map((row) -> row.row().decision()).toList();
		Long[] productIds = writes.stream().map(productOf).toArray(Long[]::new);
		String[] statuses = writes.stream()
			.map((row) -> !row.current() ? "SUPERSEDED"
					: row.row().decision().validUntil().isBefore(today) ? "EXPIRED" : "ACTIVE")
			.toArray(String[]::new);
		return this.db
			.sql("""
					INSERT INTO certification (product_id, decision_no, decision_date, issuing_level, issuing_authority,
					    province_as_issued, district, commune, rule_set, score_a, score_b, score_c, total_score, stars,
					    valid_from, valid_until, status, import_id)
					SELECT c.product_id, c.decision_no, c.decision_date::date, c.issuing_level, c.issuing_authority,
					    c.province_as_issued, c.district, c.commune, c.rule_set, c.score_a::numeric, c.score_b::numeric,
					    c.score_c::numeric, c.total_score::numeric, c.stars::smallint, c.decision_date::date,
					    c.valid_until::date, c.status, :importId
					FROM unnest(:products::bigint[], :numbers::text[], :dates::text[], :levels::text[], :authorities::text[],
					            :issued::text[], :districts::text[], :communes::text[], :ruleSets::text[], :a::text[],
					            :b::text[], :c::text[], :totals::text[], :stars::text[], :until::text[], :statuses::text[])
					     AS c(product_id, decision_no, decision_date, issuing_level, issuing_authority, province_as_issued,
					          district, commune, rule_set, score_a, score_b, score_c, total_score, stars, valid_until, status)
					""")
			.bind("importId", importId)
			.bind("products", productIds)
			.bind("numbers", column(decisions, Decision::decisionNo))
			.bind("dates", column(decisions, (d) -> d.decisionDate().toString()))
			.bind("levels", column(decisions, (d) -> d.level().name()))
			.bind("authorities", column(decisions, Decision::authority))
			.bind("issued", column(decisions, Decision::provinceAsIssued))
			.bind("districts", column(decisions, Decision::district))
			.bind("communes", column(decisions, Decision::commune))
			.bind("ruleSets", column(decisions, Decision::ruleSet))
			.bind("a", column(decisions, (d) -> (d.parts() != null) ? d.parts().a().toPlainString() : null))
			.bind("b", column(decisions, (d) -> (d.parts() != null) ? d.parts().b().toPlainString() : null))
			.bind("c", column(decisions, (d) -> (d.parts() != null) ? d.parts().c().toPlainString() : null))
			.bind("totals", column(decisions, (d) -> d.total().toPlainString()))
			.bind("stars", column(decisions, (d) -> Integer.toString(d.stars())))
			.bind("until", column(decisions, (d) -> d.validUntil().toString()))
			.bind("statuses", statuses)
			.then();
	}

	private static String[] column(List<Decision> decisions, Function<Decision, String> value) {
		return decisions.stream().map(value).toArray(String[]::new);
	}

}
