package vn.ocop.market.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * Used by {@code ./ocop}: finds or starts PostgreSQL and Elasticsearch the same way tests
 * do, makes sure the application database exists, writes their coordinates as shell
 * variables and keeps them running until stopped.
 * <p>
 * Arguments: {@code <data folder> <env file> <database name> <durable: true|false>}.
 */
public final class ServicesMain {

	private ServicesMain() {
	}

	public static void main(String[] args) throws IOException, SQLException, InterruptedException {
		Path folder = Path.of(args[0]).toAbsolutePath();
		Path envFile = Path.of(args[1]);
		String database = args[2];
		Services.keepDataIn(folder, Boolean.parseBoolean(args[3]));
		PostgresServer postgres = Services.postgres();
		createDatabaseIfMissing(postgres, database);
		ElasticsearchServer elasticsearch = Services.elasticsearch();
		String env = String.join("\n", "OCOP_DB_HOST=" + postgres.host(), "OCOP_DB_PORT=" + postgres.port(),
				"OCOP_DB_NAME=" + database, "OCOP_DB_USER=" + postgres.user(),
				"OCOP_DB_PASSWORD=" + postgres.password(), "OCOP_PG_URL=" + postgres.jdbcUrl(),
				"OCOP_PG_USER=" + postgres.user(), "OCOP_PG_PASSWORD=" + postgres.password(),
				"OCOP_ES_URL=" + elasticsearch.url(), "");
		Path written = Files.writeString(Files.createTempFile(envFile.toAbsolutePath().getParent(), "env", ".tmp"),
				env);
		Files.move(written, envFile, StandardCopyOption.ATOMIC_MOVE);
		System.out.println("PostgreSQL " + postgres.jdbcUrl(database) + " · Elasticsearch " + elasticsearch.url());
		new CountDownLatch(1).await();
	}

	private static void createDatabaseIfMissing(PostgresServer server, String database) throws SQLException {
		try (Connection connection = server.connect();
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, database);
			try (ResultSet result = exists.executeQuery()) {
				if (result.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
			}
		}
	}

}
