package vn.ocop.market.testsupport;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@OcopServices
class OcopServicesIntegrationTests {

	private static TestDatabase firstSeen;

	@Test
	void eachDatabaseStartsMigratedAndSeesOnlyItsOwnRows(TestDatabase database) throws SQLException {
		TestDatabase other = TestResources.newDatabase();
		assertThat(other.name()).isNotEqualTo(database.name());
		execute(database, "INSERT INTO probe VALUES (1, 'mine')");
		assertThat(count(database, "SELECT count(*) FROM probe")).isEqualTo(1);
		assertThat(count(other, "SELECT count(*) FROM probe")).isZero();
	}

	@Test
	void aTestClassKeepsOneDatabaseAcrossItsTests(TestDatabase first, TestDatabase second) {
		assertThat(first).isSameAs(second);
		if (firstSeen == null) {
			firstSeen = first;
		}
		assertThat(first).isEqualTo(firstSeen);
	}

	@Test
	void theDatabaseIsARealPostgresql(TestDatabase database) throws SQLException {
		assertThat(count(database, "SELECT current_setting('server_version_num')::int")).isGreaterThanOrEqualTo(150000);
	}

	@Test
	void elasticsearchAnswersAndPrefixesNeverCollide(TestSearch search) throws IOException {
		TestSearch other = TestResources.newSearch();
		assertThat(other.indexPrefix()).isNotEqualTo(search.indexPrefix()).matches("[a-z0-9_]+");
		assertThat(search.server().healthy()).isTrue();
		String index = search.indexPrefix() + "probe";
		assertThat(
				search.server().put("/" + index + "/_doc/1?refresh=true", "{\"name\":\"Bánh phồng tôm\"}").statusCode())
			.isEqualTo(201);
		assertThat(search.server().get("/" + index + "/_doc/1").body()).contains("Bánh phồng tôm");
		assertThat(search.server().get("/" + other.indexPrefix() + "probe/_doc/1").statusCode()).isEqualTo(404);
	}

	private static void execute(TestDatabase database, String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static long count(TestDatabase database, String sql) throws SQLException {
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

}
