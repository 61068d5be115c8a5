package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.CRC32;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.ocop.market.catalog.province.FormerProvince;
import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * Fills {@code province} and {@code former_province} from the CSV files of
 * {@link ProvinceRegistry}, the single source of truth for both.
 */
public class V2__Provinces extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		ProvinceRegistry registry = ProvinceRegistry.standard();
		Connection connection = context.getConnection();
		try (PreparedStatement insert = connection
			.prepareStatement("insert into province (code, slug, name_vi, name_en, region) values (?, ?, ?, ?, ?)")) {
			for (Province province : registry.provinces()) {
				insert.setString(1, province.code());
				insert.setString(2, province.slug());
				insert.setString(3, province.nameVi());
				insert.setString(4, province.nameEn());
				insert.setString(5, province.region());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (PreparedStatement insert = connection
			.prepareStatement("insert into former_province (code, slug, name_vi, province_code) values (?, ?, ?, ?)")) {
			for (FormerProvince former : registry.formerProvinces()) {
				insert.setString(1, former.code());
				insert.setString(2, former.slug());
				insert.setString(3, former.nameVi());
				insert.setString(4, former.provinceCode());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/**
	 * Returns a checksum of both CSV files, so that Flyway's validation reports an edited
	 * file instead of silently keeping the old rows.
	 */
	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		update(crc, ProvinceRegistry.PROVINCES_CSV);
		update(crc, ProvinceRegistry.FORMER_PROVINCES_CSV);
		return (int) crc.getValue();
	}

	private static void update(CRC32 crc, String resource) {
		try (InputStream in = V2__Provinces.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + resource);
			}
			crc.update(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
