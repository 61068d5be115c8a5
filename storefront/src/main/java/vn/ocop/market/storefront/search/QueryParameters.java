package vn.ocop.market.storefront.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.util.MultiValueMap;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.search.ParameterError.Code;

/**
 * Reads a {@link ProductQuery} from request parameters. Invalid values are reported and
 * left out: the API refuses them, the pages ignore them. A size above the maximum is
 * capped, not refused.
 */
final class QueryParameters {

	private final MultiValueMap<String, String> params;

	private final ProvinceRegistry provinces;

	private final List<ParameterError> errors = new ArrayList<>();

	private QueryParameters(MultiValueMap<String, String> params, ProvinceRegistry provinces) {
		this.params = params;
		this.provinces = provinces;
	}

	record Parsed(ProductQuery query, List<ParameterError> errors) {

	}

	static Parsed parse(MultiValueMap<String, String> params, ProvinceRegistry provinces) {
		return new QueryParameters(params, provinces).parse();
	}

	private Parsed parse() {
		Integer stars = number("star", 3, 5).map(Long::intValue).orElse(null);
		Province province = choice("province", this.provinces::bySlug).orElse(null);
		ProductGroup group = choice("group", QueryParameters::groupOf).orElse(null);
		Long minPrice = number("minPrice", 0, Long.MAX_VALUE).orElse(null);
		Long maxPrice = number("maxPrice", 0, Long.MAX_VALUE).orElse(null);
		if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
			this.errors.add(new ParameterError("minPrice", Code.MIN_ABOVE_MAX, minPrice + " > " + maxPrice));
			minPrice = null;
			maxPrice = null;
		}
		ListingSort sort = choice("sort", ListingSort::of).orElse(ListingSort.RELEVANCE);
		int size = number("size", 1, Long.MAX_VALUE).map((s) -> (int) Math.min(s, ProductQuery.MAX_SIZE))
			.orElse(ProductQuery.DEFAULT_SIZE);
		int page = number("page", 1, Integer.MAX_VALUE).map(Long::intValue).orElse(1);
		if ((long) page * size > ProductQuery.MAX_WINDOW) {
			this.errors.add(new ParameterError("page", Code.PAGE_TOO_DEEP, String.valueOf(page)));
			page = 1;
		}
		return new Parsed(new ProductQuery(text(), stars, province, group, minPrice, maxPrice, sort, page, size),
				List.copyOf(this.errors));
	}

	private String text() {
		String text = Optional.ofNullable(this.params.getFirst("q")).map(String::strip).orElse("");
		if (text.length() > ProductQuery.MAX_TEXT) {
			this.errors.add(new ParameterError("q", Code.TOO_LONG, text.substring(0, 20) + "…"));
			return "";
		}
		return text;
	}

	private Optional<Long> number(String name, long min, long max) {
		return raw(name).flatMap((raw) -> {
			try {
				long value = Long.parseLong(raw);
				if (value >= min && value <= max) {
					return Optional.of(value);
				}
				this.errors.add(new ParameterError(name, Code.OUT_OF_RANGE, raw));
			}
			catch (NumberFormatException ex) {
				this.errors.add(new ParameterError(name, Code.NOT_A_NUMBER, raw));
			}
			return Optional.empty();
		});
	}

	private <T> Optional<T> choice(String name, Function<String, Optional<T>> lookup) {
		return raw(name).flatMap((raw) -> {
			Optional<T> value = lookup.apply(raw);
			if (value.isEmpty()) {
				this.errors.add(new ParameterError(name, Code.UNKNOWN_VALUE, raw));
			}
			return value;
		});
	}

	private Optional<String> raw(String name) {
		return Optional.ofNullable(this.params.getFirst(name)).map(String::strip).filter((raw) -> !raw.isEmpty());
	}

	private static Optional<ProductGroup> groupOf(String code) {
		return Arrays.stream(ProductGroup.values()).filter((group) -> group.code().equals(code)).findFirst();
	}

}
