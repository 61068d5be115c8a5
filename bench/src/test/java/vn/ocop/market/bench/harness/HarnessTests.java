package vn.ocop.market.bench.harness;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HarnessTests {

	@Test
	void percentilesUseTheNearestRank() {
		Samples samples = Samples.of(new long[] { 5_000_000, 1_000_000, 3_000_000, 2_000_000, 4_000_000 });
		assertThat(samples.medianMillis()).isEqualTo(3.0);
		assertThat(samples.percentileMillis(95)).isEqualTo(5.0);
		assertThat(samples.percentileMillis(20)).isEqualTo(1.0);
	}

	@Test
	void ratiosReadOneAtTheBaselineAndGrowWhenWorse() {
		assertThat(new Report.Line("rps", "rps", "req/s", 500, 2000, "static", true).ratio()).isEqualTo(4.0);
		assertThat(new Report.Line("p50", "p50", "ms", 12, 3, "raw", false).ratio()).isEqualTo(4.0);
	}

	@Test
	void theLoadCountsEveryAnsweredRequestAgainstTheStaticServer(@TempDir Path results) throws Exception {
		try (StaticServer server = StaticServer.serving("<h1>OCOP</h1>".getBytes(StandardCharsets.UTF_8))) {
			Load.Result result = Load.run(server.url("/san-pham"), 4, Duration.ofMillis(200), Duration.ofMillis(500));
			assertThat(result.requests()).isPositive();
			assertThat(result.errors()).isZero();
			assertThat(result.requestsPerSecond()).isCloseTo(result.requests() / 0.5, within(result.requests() * 0.5));
			Report report = new Report();
			report.add(new Report.Line("static.rate", "static", "req/s", result.requestsPerSecond(),
					result.requestsPerSecond(), "itself", true));
			report.write(results);
			assertThat(Files.readString(results.resolve("latest.md"))).contains("| `static.rate` | static |");
			assertThat(Files.readString(results.resolve("latest.json"))).contains("\"ratio\" : 1.0")
				.contains("\"id\" : \"static.rate\"");
		}
	}

}
