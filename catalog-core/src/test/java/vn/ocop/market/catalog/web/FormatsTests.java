package vn.ocop.market.catalog.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	@Test
	void numbersHaveDotsBetweenThousandsAsInVietnam() {
		assertThat(Formats.number(0)).isEqualTo("0");
		assertThat(Formats.number(999)).isEqualTo("999");
		assertThat(Formats.number(1_000)).isEqualTo("1.000");
		assertThat(Formats.number(65_000)).isEqualTo("65.000");
		assertThat(Formats.number(1_234_567)).isEqualTo("1.234.567");
		assertThat(Formats.number(-1_234)).isEqualTo("-1.234");
		assertThat(Formats.number(-999)).isEqualTo("-999");
		assertThat(Formats.number(Long.MIN_VALUE)).isEqualTo("-9.223.372.036.854.775.808");
	}

	@Test
	void pricesAreInDong() {
		assertThat(Formats.price(65_000L)).isEqualTo("65.000 ₫");
		assertThat(Formats.price(null)).isNull();
	}

}
