package vn.ocop.market.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;

/**
 * Hands out databases and index prefixes. The first database of a JVM migrates a template
 * with the migrations on the classpath; every later one is a cheap copy of it.
 */
public final class TestResources {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final AtomicInteger counter = new AtomicInteger();

	private static String template;

	private TestResources() {
	}

	public static synchronized TestDatabase newDatabase() {
		PostgresServer server = Services.postgres();
		if (template == null) {
			template = createTemplate(server);
		}
		String name = "test_" + RUN + "_" + counter.incrementAndGet();
		execute(server, "CREATE DATABASE " + name + " TEMPLATE " + template);
		return new TestDatabase(server, name);
	}

	public static TestSearch newSearch() {
		return new TestSearch(Services.elasticsearch(),
				("t" + RUN + "_" + counter.incrementAndGet() + "_").toLowerCase(Locale.ROOT));
	}

	private static String createTemplate(PostgresServer server) {
		String name = "template_" + RUN;
		execute(server, "CREATE DATABASE " + name);
		Flyway.configure()
			.dataSource(server.jdbcUrl(name), server.user(), server.password())
			.locations("classpath:db/migration")
			.failOnMissingLocations(false)
			.load()
			.migrate();
		return name;
	}

	private static void execute(PostgresServer server, String sql) {
		try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run " + sql + " on " + server.jdbcUrl(), ex);
		}
	}

}
