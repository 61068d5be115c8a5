package vn.ocop.market.admin.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ocop.market.admin.files.Sheet;

import static org.assertj.core.api.Assertions.assertThat;

class FieldReaderTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			02/05/2020, 2020-05-02
			2/5/2020,   2020-05-02
			2020-05-02, 2020-05-02
			02-05-2020, 2020-05-02
			2.5.2020,   2020-05-02
			29/02/2024, 2024-02-29
			""")
	void readsADateInAnyOfTheFormatsFilesMix(String cell, LocalDate date) {
		FieldReader reader = reader(cell);
		assertThat(reader.date(Column.DECISION_DATE)).isEqualTo(date);
		assertThat(reader.errors()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "31/02/2024", "29/02/2023", "2024-13-01", "2/5/20", "02/05", "2020/05/02", "hôm qua",
			"02/05/2020 10:00" })
	void refusesWhatIsNoDateInThoseFormats(String cell) {
		FieldReader reader = reader(cell);
		assertThat(reader.date(Column.DECISION_DATE)).isNull();
		assertThat(reader.errors()).extracting(RowError::code).containsExactly(ErrorCode.BAD_DATE);
	}

	private static FieldReader reader(String cell) {
		return new FieldReader(new Sheet.Line(2, List.of(cell)), Map.of(Column.DECISION_DATE, 0));
	}

}
