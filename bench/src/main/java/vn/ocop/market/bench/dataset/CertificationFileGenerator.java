package vn.ocop.market.bench.dataset;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import vn.ocop.market.bench.dataset.RowFactory.DatedRow;
import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * Generates the demo certification file: council results of distinct products from all 34
 * provinces, dated 2020 to October 2026, each valid under the rule set of its date, in
 * the mix of stars, groups and producers of the national catalogue. The same seed and
 * size always give the same bytes.
 *
 * <p>
 * Run with {@code --rows N --seed S --out path.csv}; without {@code --out} the file goes
 * to standard output.
 */
public final class CertificationFileGenerator {

	public static final int DEFAULT_ROWS = 2400;

	public static final long DEFAULT_SEED = 2025;

	private CertificationFileGenerator() {
	}

	public static void main(String[] args) throws IOException {
		int rows = DEFAULT_ROWS;
		long seed = DEFAULT_SEED;
		Path out = null;
		for (int i = 0; i < args.length; i += 2) {
			String value = (i + 1 < args.length) ? args[i + 1] : "";
			switch (args[i]) {
				case "--rows" -> rows = Integer.parseInt(value);
				case "--seed" -> seed = Long.parseLong(value);
				case "--out" -> out = Path.of(value);
				default -> throw new IllegalArgumentException(
						"Unknown option " + args[i] + "; use --rows N --seed S --out path.csv");
			}
		}
		if (out == null) {
			Writer writer = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
			write(writer, rows, seed);
			writer.flush();
			return;
		}
		try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			write(writer, rows, seed);
		}
		System.err.println("Wrote " + rows + " certification rows (seed " + seed + ") to " + out);
	}

	/**
	 * Writes the file: UTF-8 text is the caller's choice of writer; the header line, then
	 * one line per row, RFC 4180 quoted and CRLF ended.
	 * @param out where to write
	 * @param rows how many rows
	 * @param seed the seed
	 * @throws IOException if writing fails
	 */
	public static void write(Writer out, int rows, long seed) throws IOException {
		out.write(Csv.line(CertificationRow.HEADER));
		for (CertificationRow row : rows(rows, seed)) {
			out.write(Csv.line(row.fields()));
		}
	}

	/**
	 * Generates the rows, ordered by decision date.
	 * @param count how many rows
	 * @param seed the seed
	 * @return the rows
	 */
	public static List<CertificationRow> rows(int count, long seed) {
		Dice dice = new Dice(seed);
		List<Integer> stars = starsOfEachRow(count, dice);
		ProducerFactory producers = new ProducerFactory(dice, ProvinceRegistry.standard());
		RowFactory rowFactory = new RowFactory(dice);
		List<DatedRow> rows = new ArrayList<>(count);
		while (rows.size() < count) {
			Producer producer = producers.next();
			List<ProductType> types = new ArrayList<>(ProductTypes.inGroup(producer.group()));
			dice.shuffle(types);
			int products = Math.min(producer.productCount(), count - rows.size());
			for (int i = 0; i < products; i++) {
				rows.add(rowFactory.row(producer, types.get(i), i, stars.get(rows.size())));
			}
		}
		rows.sort(Comparator.comparing(DatedRow::date));
		return rows.stream().map(DatedRow::row).toList();
	}

	/**
	 * Stars in the national proportions at the end of 2024: 76.2% 3★, 22.9% 4★ and under
	 * 1% 5★ (79 of about 16 000), the 5★ share rounded up so a demo shows some.
	 */
	private static List<Integer> starsOfEachRow(int count, Dice dice) {
		int fiveStars = (int) Math.round(count * 0.0075);
		int fourStars = (int) Math.round(count * 0.23);
		List<Integer> stars = new ArrayList<>(count);
		stars.addAll(Collections.nCopies(fiveStars, 5));
		stars.addAll(Collections.nCopies(fourStars, 4));
		stars.addAll(Collections.nCopies(count - fiveStars - fourStars, 3));
		dice.shuffle(stars);
		return stars;
	}

}
