package vn.ocop.market.admin.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.text.Slugs;

/**
 * Slugs for the products a file brings: the name's, else the name and province's, else
 * that numbered ({@code -2}, {@code -3}, ...), never one the catalog or an earlier row
 * holds. The catalog is asked about these candidates only, a few per product, rather than
 * for every slug it has.
 */
@Repository
class NewSlugs {

	private final DatabaseClient db;

	NewSlugs(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * @return each new product's slug by its key
	 */
	Mono<Map<Decision.ProductKey, String>> pick(List<Decision> fresh) {
		if (fresh.isEmpty()) {
			return Mono.just(Map.of());
		}
		List<Candidates> products = fresh.stream().map(Candidates::of).toList();
		List<RanOut> all = products.stream().map((product) -> new RanOut(product, 0)).toList();
		return pick(products, all, 2, new HashMap<>());
	}

	/**
	 * Asks the catalog about the next {@code width} candidates of the products that ran
	 * out, then assigns in file order; a product that runs out again asks for twice as
	 * many.
	 * @param inCatalog whether the catalog holds a candidate, for those asked so far
	 */
	private Mono<Map<Decision.ProductKey, String>> pick(List<Candidates> products, List<RanOut> ask, int width,
			Map<String, Boolean> inCatalog) {
		String[] unknown = ask.stream()
			.flatMap((ranOut) -> IntStream.range(ranOut.at(), ranOut.at() + width).mapToObj(ranOut.product()::get))
			.filter((slug) -> !inCatalog.containsKey(slug))
			.distinct()
			.toArray(String[]::new);
		return this.db.sql("SELECT slug FROM product WHERE slug = ANY(:slugs)")
			.bind("slugs", unknown)
			.map((row, meta) -> row.get("slug", String.class))
			.all()
			.collect(HashSet<String>::new, Set::add)
			.flatMap((taken) -> {
				for (String slug : unknown) {
					inCatalog.put(slug, taken.contains(slug));
				}
				Map<Decision.ProductKey, String> slugs = new HashMap<>();
				List<RanOut> ranOut = assign(products, inCatalog, slugs);
				return ranOut.isEmpty() ? Mono.just(slugs) : pick(products, ranOut, width * 2, inCatalog);
			});
	}

	/**
	 * @return the products that reached a candidate the catalog was not asked about
	 */
	private static List<RanOut> assign(List<Candidates> products, Map<String, Boolean> inCatalog,
			Map<Decision.ProductKey, String> slugs) {
		Set<String> used = new HashSet<>();
		List<RanOut> ranOut = new ArrayList<>();
		for (Candidates product : products) {
			for (int i = 0;; i++) {
				String candidate = product.get(i);
				Boolean taken = inCatalog.get(candidate);
				if (taken == null) {
					ranOut.add(new RanOut(product, i));
					break;
				}
				if (!taken && used.add(candidate)) {
					slugs.put(product.key(), candidate);
					break;
				}
			}
		}
		return ranOut;
	}

	private record RanOut(Candidates product, int at) {

	}

	private record Candidates(Decision.ProductKey key, String name, String withProvince) {

		static Candidates of(Decision decision) {
			return new Candidates(decision.productKey(), Slugs.of(decision.productName()),
					Slugs.of(decision.productName() + " " + decision.province().slug()));
		}

		String get(int index) {
			return (index == 0) ? this.name : (index == 1) ? this.withProvince : this.withProvince + "-" + index;
		}

	}

}
