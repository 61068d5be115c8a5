package vn.ocop.market.bench.dataset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ocop.market.bench.dataset.VietnameseNames.Person;
import vn.ocop.market.catalog.province.FormerProvince;
import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.ProductGroup;

/**
 * Makes producers one after the other, going round the 34 provinces in a shuffled order
 * so that every province has producers, each in one of the former provinces its province
 * was made of.
 */
final class ProducerFactory {

	private static final Map<ProductGroup, Integer> GROUP_WEIGHTS = new EnumMap<>(
			Map.of(ProductGroup.FOOD, 55, ProductGroup.BEVERAGES, 15, ProductGroup.HERBAL, 12, ProductGroup.HANDICRAFTS,
					10, ProductGroup.TEXTILES, 3, ProductGroup.ORNAMENTAL, 3, ProductGroup.TOURISM, 4));

	private static final Map<ProducerKind, Integer> KIND_WEIGHTS = new EnumMap<>(ProducerKind.class);

	// About 2400 products over 1300 producers, as in the national catalogue.
	private static final Map<Integer, Integer> PRODUCT_COUNT_WEIGHTS = new LinkedHashMap<>();

	static {
		for (ProducerKind kind : ProducerKind.values()) {
			KIND_WEIGHTS.put(kind, kind.weight());
		}
		int[] weights = { 55, 25, 12, 5, 3 };
		for (int count = 1; count <= Producer.MAX_PRODUCTS; count++) {
			PRODUCT_COUNT_WEIGHTS.put(count, weights[count - 1]);
		}
	}

	private static final int NUMBER_AFTER_ATTEMPTS = 10;

	private final Dice dice;

	private final ProvinceRegistry registry;

	private final List<Province> provinceRound = new ArrayList<>();

	private final Set<String> namesInProvinces = new HashSet<>();

	private int made;

	ProducerFactory(Dice dice, ProvinceRegistry registry) {
		this.dice = dice;
		this.registry = registry;
	}

	Producer next() {
		Province province = nextProvince();
		FormerProvince former = this.dice.pick(this.registry.formerOf(province));
		ProductGroup group = this.dice.weighted(GROUP_WEIGHTS);
		ProducerKind kind = this.dice.weighted(KIND_WEIGHTS);
		List<String> places = VietnameseNames.places(province.region());
		String districtPlace = this.dice.pick(places);
		boolean town = this.dice.chance(0.15);
		Naming naming = naming(kind, group, province, places);
		String district = (town ? "Thị xã " : "Huyện ") + districtPlace;
		String commune = ((town && this.dice.chance(0.7)) ? "Phường " : "Xã ") + naming.communePlace();
		String qualifier = switch (kind) {
			case DN -> naming.brand();
			case HKD -> this.dice.chance(0.4) ? naming.person().byName() : naming.communePlace();
			case HTX, THT -> this.dice.chance(0.7) ? naming.communePlace() : districtPlace;
		};
		String companyPrefix = this.dice.chance(kind.gtinShare()) ? companyPrefix() : null;
		this.made++;
		return new Producer(naming.name(), kind, group, province, former, district, commune, qualifier, companyPrefix,
				this.dice.weighted(PRODUCT_COUNT_WEIGHTS));
	}

	/**
	 * Draws a commune, a brand and an owner until they give a name that is new in the
	 * province.
	 */
	private Naming naming(ProducerKind kind, ProductGroup group, Province province, List<String> places) {
		int attempt = 0;
		while (true) {
			String communePlace = this.dice.pick(places);
			String brand = VietnameseNames.brand(this.dice);
			Person person = VietnameseNames.person(this.dice);
			String name = ProducerNames.of(kind, group, communePlace, brand, person.fullName(), this.dice);
			// Large files run out of names in a province: number them then, as people do.
			if (++attempt > NUMBER_AFTER_ATTEMPTS) {
				name += " " + (attempt - NUMBER_AFTER_ATTEMPTS + 1);
			}
			if (this.namesInProvinces.add(province.code() + name)) {
				return new Naming(name, communePlace, brand, person);
			}
		}
	}

	private Province nextProvince() {
		if (this.provinceRound.isEmpty()) {
			this.provinceRound.addAll(this.registry.provinces());
			this.dice.shuffle(this.provinceRound);
		}
		return this.provinceRound.remove(this.provinceRound.size() - 1);
	}

	// 7919 is prime to 90000, so each of the first 90000 producers gets its own prefix.
	private String companyPrefix() {
		return String.valueOf(10_000 + (this.made * 7919L) % 90_000);
	}

	private record Naming(String name, String communePlace, String brand, Person person) {
	}

}
