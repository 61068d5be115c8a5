package vn.ocop.market.storefront.trace;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class TracePropertiesTests {

	@ParameterizedTest(name = "''{0}'' -> {1}")
	@CsvSource(nullValues = "null", textBlock = """
			https://ocop.example.vn/,  https://ocop.example.vn
			https://ocop.example.vn,   https://ocop.example.vn
			'',                        http://10.0.0.5:8080
			null,                      http://10.0.0.5:8080
			""")
	void stampsPointAtTheConfiguredRootOrElseWhereTheRequestCameIn(String configured, String root) {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("http://10.0.0.5:8080/01/08934588012228"));
		TraceProperties properties = new TraceProperties("a@b.vn", "1800", null, 3, 50, Duration.ofHours(1),
				configured);
		assertThat(properties.resolverRoot(exchange)).isEqualTo(root);
	}

}
