package vn.ocop.market.catalog.province;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.ocop.market.catalog.province.ProvinceMatch.Found;
import vn.ocop.market.catalog.province.ProvinceMatch.Unknown;

/**
 * The 34 current provinces and the 63 former ones they were merged from, and matching of
 * the names files use for them.
 */
public final class ProvinceRegistry {

	/** The classpath resource listing the current provinces. */
	public static final String PROVINCES_CSV = "provinces/provinces.csv";

	/** The classpath resource listing the former provinces. */
	public static final String FORMER_PROVINCES_CSV = "provinces/former-provinces.csv";

	private static final int SUGGESTIONS = 3;

	private final List<Province> provinces;

	private final List<FormerProvince> formerProvinces;

	private final Map<String, Province> byCode;

	private final Map<String, Province> bySlug;

	private final Map<String, Found> byNameKey = new HashMap<>();

	private final Set<String> names = new LinkedHashSet<>();

	ProvinceRegistry(List<Province> provinces, List<FormerProvince> formerProvinces) {
		this.provinces = List.copyOf(provinces);
		this.formerProvinces = List.copyOf(formerProvinces);
		this.byCode = index(provinces, Province::code);
		this.bySlug = index(provinces, Province::slug);
		// indexed only to refuse duplicate codes and slugs, as for current provinces
		index(formerProvinces, FormerProvince::code);
		index(formerProvinces, FormerProvince::slug);
		formerProvinces.forEach(this::addFormerName);
		provinces.forEach(this::addCurrentNames);
		ProvinceNames.ALIASES.forEach(this::addAlias);
		provinces.forEach((province) -> this.names.add(province.nameVi()));
		formerProvinces.forEach((former) -> this.names.add(former.nameVi()));
	}

	/**
	 * Returns the registry of the provinces in force, loaded once from
	 * {@value #PROVINCES_CSV} and {@value #FORMER_PROVINCES_CSV}.
	 * @return the standard registry
	 */
	public static ProvinceRegistry standard() {
		return Standard.REGISTRY;
	}

	public List<Province> provinces() {
		return this.provinces;
	}

	public List<FormerProvince> formerProvinces() {
		return this.formerProvinces;
	}

	public Optional<Province> bySlug(String slug) {
		return Optional.ofNullable(this.bySlug.get(slug));
	}

	public Optional<Province> byCode(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/**
	 * Returns the former provinces that the given province was made of.
	 * @param province a current province
	 * @return its former provinces, by code
	 */
	public List<FormerProvince> formerOf(Province province) {
		return this.formerProvinces.stream().filter((former) -> former.provinceCode().equals(province.code())).toList();
	}

	/**
	 * Resolves a province name as a decision, a file or a person writes it: with or
	 * without diacritics, spaces and prefixes such as "Tỉnh" or "TP.", a current or a
	 * former name, or a common spelling such as "Đắc Lắc" or "TPHCM".
	 * @param text the name, may be {@code null}
	 * @return the province, or the closest names when there is none
	 */
	public ProvinceMatch match(String text) {
		String key = ProvinceNames.key(text);
		if (key.isEmpty()) {
			return new Unknown(text, List.of());
		}
		Found found = this.byNameKey.get(key);
		return (found != null) ? found : new Unknown(text, closestNames(key));
	}

	/**
	 * Names within a few edits of the key, after the names the key contains or is part
	 * of, such as "Quảng Nam" and "Đà Nẵng" for "Quang Nam Da Nang".
	 */
	private List<String> closestNames(String key) {
		int tolerance = Math.max(2, key.length() / 2);
		record Candidate(String name, boolean partOf, int distance) {
		}
		return this.names.stream().map((name) -> {
			String nameKey = ProvinceNames.key(name);
			boolean partOf = key.contains(nameKey) || nameKey.contains(key);
			return new Candidate(name, partOf, Levenshtein.distance(key, nameKey));
		})
			.filter((candidate) -> candidate.partOf() || candidate.distance() <= tolerance)
			.sorted(Comparator.comparing(Candidate::partOf).reversed().thenComparingInt(Candidate::distance))
			.limit(SUGGESTIONS)
			.map(Candidate::name)
			.toList();
	}

	private void addCurrentNames(Province province) {
		Found asFormer = this.byNameKey.get(ProvinceNames.key(province.nameVi()));
		if (asFormer != null && !asFormer.province().equals(province)) {
			throw new IllegalStateException("Province " + province.code() + " has the name of former province "
					+ asFormer.former().code() + " that became " + asFormer.province().code());
		}
		Found found = (asFormer != null) ? asFormer : new Found(province, null);
		this.byNameKey.put(ProvinceNames.key(province.nameVi()), found);
		this.byNameKey.putIfAbsent(ProvinceNames.key(province.nameEn()), found);
	}

	private void addFormerName(FormerProvince former) {
		Found found = new Found(provinceOf(former), former);
		if (this.byNameKey.putIfAbsent(ProvinceNames.key(former.nameVi()), found) != null) {
			throw new IllegalStateException("Two former provinces are named like '" + former.nameVi() + "'");
		}
	}

	private void addAlias(String alias, String name) {
		Found found = this.byNameKey.get(ProvinceNames.key(name));
		if (found == null) {
			throw new IllegalStateException("Alias '" + alias + "' names no province: '" + name + "'");
		}
		this.byNameKey.putIfAbsent(ProvinceNames.key(alias), found);
	}

	private Province provinceOf(FormerProvince former) {
		Province province = this.byCode.get(former.provinceCode());
		if (province == null) {
			throw new IllegalStateException(
					"Former province " + former.code() + " became unknown province " + former.provinceCode());
		}
		return province;
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
	}

	private static final class Standard {

		static final ProvinceRegistry REGISTRY = ProvinceCsv.load();

	}

}
