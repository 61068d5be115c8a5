package vn.ocop.market.admin;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Operator accounts with their locations, straight into the test database: what an
 * accepted invitation leaves behind.
 */
public record StockAccounts(DatabaseClient db, PasswordEncoder encoder) {

	public static final String PASSWORD = "operator-password";

	/**
	 * An OPERATOR account that works at the given locations.
	 */
	public void operator(String email, long... locations) {
		long userId = this.db
			.sql("""
					INSERT INTO app_user (email, password_hash, role, display_name) VALUES (:email, :hash, 'OPERATOR', :name)
					RETURNING id""")
			.bind("email", email)
			.bind("hash", this.encoder.encode(PASSWORD))
			.bind("name", "Nhân viên " + email.substring(0, email.indexOf('@')))
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
		for (long location : locations) {
			this.db.sql("INSERT INTO app_user_location (user_id, location_id) VALUES (:user, :location)")
				.bind("user", userId)
				.bind("location", location)
				.then()
				.block();
		}
	}

}
