package vn.ocop.market.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StarBandTests {

	@ParameterizedTest(name = "{0} points -> {1}★")
	@CsvSource(textBlock = """
			0,      1, 0,  30,  false
			29.99,  1, 0,  30,  false
			30,     2, 30, 50,  false
			30.00,  2, 30, 50,  false
			49.99,  2, 30, 50,  false
			50,     3, 50, 70,  true
			69.99,  3, 50, 70,  true
			70,     4, 70, 90,  true
			72.5,   4, 70, 90,  true
			89.99,  4, 70, 90,  true
			90,     5, 90, 100, true
			100,    5, 90, 100, true
			100.00, 5, 90, 100, true
			""")
	void findsTheBandOfATotal(BigDecimal total, int stars, BigDecimal from, BigDecimal toExclusive,
			boolean certifiable) {
		StarBand band = StarBand.of(total);
		assertThat(band).isEqualTo(new StarBand(stars, from, toExclusive));
		assertThat(band.certifiable()).isEqualTo(certifiable);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-0.01", "100.01", "-30", "1000" })
	void rejectsTotalsOutsideZeroToHundred(BigDecimal total) {
		assertThatIllegalArgumentException().isThrownBy(() -> StarBand.of(total)).withMessageContaining("0 to 100");
	}

	@ParameterizedTest
	@CsvSource({ "0, 0, 30", "6, 90, 100", "3, 70, 50", "3, 50, 50" })
	void rejectsBandsThatCannotExist(int stars, BigDecimal from, BigDecimal toExclusive) {
		assertThatIllegalArgumentException().isThrownBy(() -> new StarBand(stars, from, toExclusive));
	}

	@Test
	void rejectsMissingValues() {
		assertThatNullPointerException().isThrownBy(() -> StarBand.of(null));
		assertThatNullPointerException().isThrownBy(() -> new StarBand(3, null, BigDecimal.TEN));
	}

}
