package vn.ocop.market.catalog.province;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LevenshteinTests {

	@ParameterizedTest(name = "{0} / {1} = {2}")
	@CsvSource(emptyValue = "", textBlock = """
			'', '', 0
			'', hanoi, 5
			hanoi, hanoi, 0
			hanoii, hanoi, 1
			hanoi, hanam, 2
			kitten, sitting, 3
			daklak, daclac, 2
			""")
	void countsEdits(String a, String b, int distance) {
		assertThat(Levenshtein.distance(a, b)).isEqualTo(distance);
		assertThat(Levenshtein.distance(b, a)).isEqualTo(distance);
	}

}
