package vn.ocop.market.catalog.product;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GtinTests {

	@ParameterizedTest
	@CsvSource({ "8934588012228, 08934588012228", "08934588012228, 08934588012228", "96385074, 00000096385074",
			"036000291452, 00036000291452", "8 934588 012228, 08934588012228", "4006381333931, 04006381333931" })
	void readsEveryGtinLengthIntoFourteenDigits(String text, String expected) {
		assertThat(Gtin.parse(text)).hasValueSatisfying((gtin) -> assertThat(gtin.value()).isEqualTo(expected));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "8934588012229", "96385075", "123", "1234567890", "893458801222X", "089345880122280" })
	void rejectsWrongLengthsCharactersAndCheckDigits(String text) {
		assertThat(Gtin.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "893458801222, 8", "400638133393, 1", "0003600029145, 2", "9638507, 4" })
	void computesTheCheckDigit(String data, int digit) {
		assertThat(Gtin.checkDigit(data)).isEqualTo(digit);
	}

	@ParameterizedTest
	@ValueSource(strings = { "8934588012228", "08934588012229" })
	void theRecordOnlyHoldsValidFourteenDigitForms(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Gtin(value));
	}

}
