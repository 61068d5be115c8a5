package vn.ocop.market.testsupport;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL server on which we may create databases, reached through {@code database}.
 */
public record PostgresServer(String host, int port, String user, String password, String database) {

	/**
	 * Reads {@code jdbc:postgresql://host:port/db} (as given in {@code OCOP_PG_URL}).
	 */
	public static PostgresServer fromJdbcUrl(String jdbcUrl, String user, String password) {
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		String database = uri.getPath().isEmpty() ? "postgres" : uri.getPath().substring(1);
		return new PostgresServer(uri.getHost(), (uri.getPort() != -1) ? uri.getPort() : 5432, user, password,
				database);
	}

	public String jdbcUrl() {
		return jdbcUrl(this.database);
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	public String r2dbcUrl(String database) {
		return "r2dbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	public Connection connect() throws SQLException {
		return connect(this.database);
	}

	public Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(database), this.user, this.password);
	}

}
