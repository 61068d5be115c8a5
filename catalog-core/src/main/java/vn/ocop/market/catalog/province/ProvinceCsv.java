package vn.ocop.market.catalog.province;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the province lists from the classpath. The files are ours and hold no commas or
 * quotes inside a field, so a line is split on commas.
 */
final class ProvinceCsv {

	private ProvinceCsv() {
	}

	static ProvinceRegistry load() {
		List<Province> provinces = read(ProvinceRegistry.PROVINCES_CSV, "code,slug,name_vi,name_en,region",
				(f) -> new Province(f[0], f[1], f[2], f[3], f[4]));
		List<FormerProvince> formerProvinces = read(ProvinceRegistry.FORMER_PROVINCES_CSV,
				"code,slug,name_vi,province_code", (f) -> new FormerProvince(f[0], f[1], f[2], f[3]));
		return new ProvinceRegistry(provinces, formerProvinces);
	}

	static InputStream open(String resource) {
		InputStream in = ProvinceCsv.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing classpath resource " + resource);
		}
		return in;
	}

	private static <T> List<T> read(String resource, String header, Function<String[], T> row) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
			if (!header.equals(reader.readLine())) {
				throw new IllegalStateException(resource + " does not start with " + header);
			}
			int columns = header.split(",").length;
			List<T> rows = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				String[] fields = line.split(",", -1);
				if (fields.length != columns) {
					throw new IllegalStateException(resource + " line " + (rows.size() + 2) + " has " + fields.length
							+ " fields instead of " + columns + ": " + line);
				}
				rows.add(row.apply(fields));
			}
			return List.copyOf(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
