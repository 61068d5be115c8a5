package vn.ocop.market.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Every figure next to the baseline measured in the same run, and their ratio; printed as
 * a table and written as JSON and Markdown.
 */
public final class Report {

	/**
	 * @param id stable across runs (the figure ids: {@code listing.uncached},
	 * {@code import.10k}, ...), so tools can follow a figure
	 */
	public record Line(String id, String name, String unit, double value, double baseline, String baselineName,
			boolean higherIsBetter, Map<String, Long> parts) {

		public Line(String id, String name, String unit, double value, double baseline, String baselineName,
				boolean higherIsBetter) {
			this(id, name, unit, value, baseline, baselineName, higherIsBetter, Map.of());
		}

		/**
		 * How far from the limit we are: value / baseline for times, baseline / value for
		 * rates, so 1.0 is the limit and larger is worse either way.
		 */
		public double ratio() {
			return this.higherIsBetter ? this.baseline / this.value : this.value / this.baseline;
		}

	}

	private final List<Line> lines = new ArrayList<>();

	private final Map<String, Object> context = new LinkedHashMap<>();

	public void add(Line line) {
		this.lines.add(line);
		System.out.println(format(line));
	}

	public void context(String key, Object value) {
		this.context.put(key, value);
	}

	public String table() {
		StringBuilder table = new StringBuilder(
				"| id | measure | value | baseline | baseline value | ratio (1.0 = the baseline) |\n|---|---|---|---|---|---|\n");
		for (Line line : this.lines) {
			table.append(String.format(Locale.ROOT, "| `%s` | %s | %.1f %s | %s | %.1f %s | %.2f |%n", line.id(),
					line.name(), line.value(), line.unit(), line.baselineName(), line.baseline(), line.unit(),
					line.ratio()));
		}
		return table.toString();
	}

	public void write(Path folder) {
		try {
			Files.createDirectories(folder);
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("at", Instant.now().toString());
			json.put("context", this.context);
			json.put("results", this.lines.stream().map((line) -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("id", line.id());
				row.put("name", line.name());
				row.put("unit", line.unit());
				row.put("value", line.value());
				row.put("baseline", line.baselineName());
				row.put("baselineValue", line.baseline());
				row.put("ratio", line.ratio());
				if (!line.parts().isEmpty()) {
					row.put("parts", line.parts());
				}
				return row;
			}).toList());
			new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
				.writeValue(folder.resolve("latest.json").toFile(), json);
			StringBuilder markdown = new StringBuilder("# OCOP Market benchmarks\n\n");
			this.context
				.forEach((key, value) -> markdown.append("- ").append(key).append(": ").append(value).append('\n'));
			markdown.append('\n').append(table());
			Files.writeString(folder.resolve("latest.md"), markdown);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Bytes read better as MiB. */
	private static String shown(double value, String unit) {
		return "bytes".equals(unit) ? String.format(Locale.ROOT, "%.0f MiB", value / (1 << 20))
				: String.format(Locale.ROOT, "%.1f %s", value, unit);
	}

	private static String format(Line line) {
		return String.format(Locale.ROOT, "%-44s %10.1f %-6s vs %-38s %10.1f  ratio %.2f", line.name(), line.value(),
				line.unit(), line.baselineName(), line.baseline(), line.ratio());
	}

}
