package vn.ocop.market.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * How cost grows with the catalogue: one row per catalogue size, each from its own
 * {@code ./ocop bench --products N} run, kept in {@code scaling.json} and written as one
 * table in {@code scaling.md}. A run replaces the row of its size and keeps the others.
 *
 * @param listingP95 listing page p95 (ms)
 * @param searchP95 search p95 through the JSON API (ms)
 * @param productP95 product page p95 (ms)
 * @param importRowsPerSecond rows a second of the timed import, applied
 * @param reindexSeconds full reindex
 * @param catchUpSeconds outbox catch-up after the imports
 * @param peakRssMib the whole system's peak resident memory (PSS)
 */
public record Scaling(double listingP95, double searchP95, double productP95, double importRowsPerSecond,
		double reindexSeconds, double catchUpSeconds, double peakRssMib, String at) {

	private static final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	public static void record(Path folder, int products, Scaling row) {
		try {
			Path file = folder.resolve("scaling.json");
			Map<Integer, Scaling> rows = Files.exists(file)
					? new TreeMap<>(json.readValue(file.toFile(), new TypeReference<Map<Integer, Scaling>>() {
					})) : new TreeMap<>();
			rows.put(products, row);
			Files.createDirectories(folder);
			json.writeValue(file.toFile(), rows);
			Files.writeString(folder.resolve("scaling.md"), table(rows));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String table(Map<Integer, Scaling> rows) {
		StringBuilder table = new StringBuilder("""
				# How cost grows with the catalogue

				Each row is one `./ocop bench --products N` run on this machine (its date in the last column).
				Page latencies should stay nearly flat; bulk work should grow linearly.

				| products | listing p95 (ms) | search p95 (ms) | product page p95 (ms) | import (rows/s) \
				| reindex (s) | catch-up (s) | peak RSS (MiB) | run |
				|---:|---:|---:|---:|---:|---:|---:|---:|---|
				""");
		rows.forEach((products,
				row) -> table.append(String.format(Locale.ROOT,
						"| %,d | %.1f | %.1f | %.1f | %,.0f | %.1f | %.1f | %,.0f | %s |%n", products, row.listingP95(),
						row.searchP95(), row.productP95(), row.importRowsPerSecond(), row.reindexSeconds(),
						row.catchUpSeconds(), row.peakRssMib(), row.at())));
		return table.toString();
	}

}
