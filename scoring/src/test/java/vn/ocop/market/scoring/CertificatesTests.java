package vn.ocop.market.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificatesTests {

	@ParameterizedTest(name = "decided {0} -> valid until {1}")
	@CsvSource(textBlock = """
			2022-03-15, 2025-03-14
			2023-02-24, 2026-02-23
			2025-07-01, 2028-06-30
			2024-01-31, 2027-01-30
			2021-12-31, 2024-12-30
			""")
	void lastsThirtySixMonthsIncludingTheDecisionDay(LocalDate decisionDate, LocalDate validUntil) {
		assertThat(Certificates.validUntil(decisionDate)).isEqualTo(validUntil);
	}

	@ParameterizedTest(name = "decided {0}, on {1}: expired {2}")
	@CsvSource(textBlock = """
			2022-03-15, 2022-03-15, false
			2022-03-15, 2025-03-14, false
			2022-03-15, 2025-03-15, true
			2022-03-15, 2026-01-01, true
			2025-07-01, 2028-06-30, false
			2025-07-01, 2028-07-01, true
			""")
	void expiresTheDayAfterTheLastValidDay(LocalDate decisionDate, LocalDate today, boolean expired) {
		assertThat(Certificates.expired(decisionDate, today)).isEqualTo(expired);
	}

}
