package vn.ocop.market.testsupport;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A database of its own for one test class, created from a migrated template.
 */
public record TestDatabase(PostgresServer server, String name) {

	public String jdbcUrl() {
		return this.server.jdbcUrl(this.name);
	}

	public String r2dbcUrl() {
		return this.server.r2dbcUrl(this.name);
	}

	public String user() {
		return this.server.user();
	}

	public String password() {
		return this.server.password();
	}

	public Connection connect() throws SQLException {
		return this.server.connect(this.name);
	}

}
