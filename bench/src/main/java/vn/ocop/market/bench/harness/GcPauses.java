package vn.ocop.market.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GC pauses from a JVM's {@code -Xlog:gc} file: lines such as
 * {@code [12.3s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 50M->20M(256M) 3.456ms}.
 */
public final class GcPauses {

	private static final Pattern PAUSE = Pattern.compile("Pause.*\\s(\\d+(?:\\.\\d+)?)ms\\s*$");

	private GcPauses() {
	}

	/**
	 * @return the pauses' 99th percentile in milliseconds, 0 without a pause or a log
	 */
	public static double p99Millis(Path log) {
		if (!Files.exists(log)) {
			return 0;
		}
		try (var lines = Files.lines(log)) {
			List<Double> pauses = lines.map(PAUSE::matcher)
				.filter(Matcher::find)
				.map((m) -> Double.parseDouble(m.group(1)))
				.sorted()
				.toList();
			return pauses.isEmpty() ? 0 : pauses.get((int) Math.ceil(pauses.size() * 0.99) - 1);
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
