package vn.ocop.market.storefront.trace;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ocop.market.storefront.trace.ScanRule.ScanWarning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScanRuleTests {

	private final ScanRule rule = new ScanRule(3, 50);

	@ParameterizedTest(name = "{0} scans, {1} recent clients, quantity {2} -> {3}")
	@CsvSource(nullValues = "null", textBlock = """
			1,    1,  100,  NONE
			300,  10, 100,  NONE
			301,  10, 100,  BEYOND_QUANTITY
			7,    2,  2,    BEYOND_QUANTITY
			6,    2,  2,    NONE
			5000, 10, null, NONE
			60,   49, 1000, NONE
			60,   50, 1000, MANY_CLIENTS
			60,   50, null, MANY_CLIENTS
			400,  80, 100,  BEYOND_QUANTITY
			""")
	void judgesWhetherALotLooksCopied(long scans, long recentClients, Integer quantity, ScanWarning expected) {
		assertThat(this.rule.judge(scans, recentClients, quantity)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "0.5, 50", "3, 1" })
	void refusesThresholdsThatWouldWarnOnGenuineUse(double factor, int clients) {
		assertThatIllegalArgumentException().isThrownBy(() -> new ScanRule(factor, clients));
	}

}
