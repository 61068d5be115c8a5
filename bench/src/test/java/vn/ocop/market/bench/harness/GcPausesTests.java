package vn.ocop.market.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GcPausesTests {

	@Test
	void theNinetyNinthPercentileOfTheLoggedPauses(@TempDir Path folder) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("[0.012s][info][gc] Using G1");
		for (int i = 1; i <= 100; i++) {
			lines.add("[" + i + ".5s][info][gc] GC(" + i
					+ ") Pause Young (Normal) (G1 Evacuation Pause) 50M->20M(256M) " + i + ".250ms");
		}
		lines.add("[101.0s][info][gc] GC(101) Concurrent Mark Cycle 12.000ms");
		Path log = Files.write(folder.resolve("app-gc.log"), lines);
		assertThat(GcPauses.p99Millis(log)).isEqualTo(99.25);
	}

	@Test
	void noLogIsNoPause(@TempDir Path folder) {
		assertThat(GcPauses.p99Millis(folder.resolve("missing.log"))).isZero();
	}

}
