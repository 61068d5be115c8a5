package vn.ocop.market.storefront.search;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.search.ParameterError.Code;

import static org.assertj.core.api.Assertions.assertThat;

class QueryParametersTests {

	@Test
	void readsEveryParameter() {
		ProductQuery query = parse("q= bánh &star=4&province=dong-thap&group=food&minPrice=1000&maxPrice=90000"
				+ "&sort=price_asc&page=3&size=12")
			.query();
		assertThat(query).isEqualTo(new ProductQuery("bánh", 4, ProvinceRegistry.standard().bySlug("dong-thap").get(),
				ProductGroup.FOOD, 1000L, 90000L, ListingSort.PRICE_ASC, 3, 12));
		assertThat(query.from()).isEqualTo(24);
	}

	@Test
	void defaultsToEverythingByRelevance() {
		assertThat(parse("").query()).isEqualTo(ProductQuery.all());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			star=2            | star     | OUT_OF_RANGE
			star=five         | star     | NOT_A_NUMBER
			province=saigon   | province | UNKNOWN_VALUE
			group=FOOD        | group    | UNKNOWN_VALUE
			minPrice=-1       | minPrice | OUT_OF_RANGE
			minPrice=5&maxPrice=4 | minPrice | MIN_ABOVE_MAX
			sort=cheap        | sort     | UNKNOWN_VALUE
			page=0            | page     | OUT_OF_RANGE
			size=0            | size     | OUT_OF_RANGE
			page=500&size=24  | page     | PAGE_TOO_DEEP
			""")
	void reportsAndDropsInvalidValues(String params, String parameter, Code code) {
		QueryParameters.Parsed parsed = parse(params);
		assertThat(parsed.errors()).singleElement().satisfies((error) -> {
			assertThat(error.parameter()).isEqualTo(parameter);
			assertThat(error.code()).isEqualTo(code);
		});
		assertThat(parsed.query().page()).isEqualTo(1);
	}

	@Test
	void capsTheSizeWithoutComplaint() {
		QueryParameters.Parsed parsed = parse("size=1000");
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.query().size()).isEqualTo(ProductQuery.MAX_SIZE);
	}

	@Test
	void linksKeepTheOtherParameters() {
		ProductQuery query = parse("q=trà&star=4&sort=newest&page=2").query();
		assertThat(query.link(Map.of("province", "hue")))
			.isEqualTo("/san-pham?q=tr%C3%A0&star=4&sort=newest&province=hue");
	}

	@Test
	void linksMoveAChangedParameterLastAndDropARemovedOne() {
		ProductQuery query = parse("star=4&province=hue&group=food&page=3").query();
		assertThat(query.link(Map.of("star", 5))).isEqualTo("/san-pham?province=hue&group=food&star=5");
		Map<String, Object> noProvince = new HashMap<>();
		noProvince.put("province", null);
		assertThat(query.link(noProvince)).isEqualTo("/san-pham?star=4&group=food");
		assertThat(query.link(Map.of("page", 4))).isEqualTo("/san-pham?star=4&province=hue&group=food&page=4");
	}

	@Test
	void linksEncodeWhatAQueryCannotCarry() {
		ProductQuery query = new ProductQuery("mắm & muối #1+2", null, null, null, null, null, ListingSort.RELEVANCE, 1,
				ProductQuery.DEFAULT_SIZE);
		assertThat(query.link(Map.of())).isEqualTo("/san-pham?q=m%E1%BA%AFm%20%26%20mu%E1%BB%91i%20%231+2");
	}

	private static QueryParameters.Parsed parse(String query) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (String pair : query.split("&")) {
			if (!pair.isEmpty()) {
				String[] parts = pair.split("=", 2);
				params.add(parts[0], parts[1]);
			}
		}
		return QueryParameters.parse(params, ProvinceRegistry.standard());
	}

}
