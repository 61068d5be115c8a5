package vn.ocop.market.admin.account;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;

/**
 * Accounts in {@code app_user}: e-mail and BCrypt hash, one role each. An account with no
 * password yet (an open invitation) cannot log in.
 */
@Service
public class Accounts implements ReactiveUserDetailsService {

	private final DatabaseClient db;

	Accounts(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * The account with its scope: the producer it speaks for, the locations it may touch.
	 */
	@Override
	public Mono<UserDetails> findByUsername(String email) {
		return this.db.sql("""
				SELECT u.email, u.password_hash, u.role, u.enabled, u.producer_id,
				       ARRAY(SELECT a.location_id FROM app_user_location a WHERE a.user_id = u.id) AS locations
				FROM app_user u
				WHERE u.email = lower(:email) AND u.password_hash IS NOT NULL
				""")
			.bind("email", email.strip())
			.map((row,
					meta) -> (UserDetails) new SignedIn(row.get("email", String.class),
							row.get("password_hash", String.class), row.get("enabled", Boolean.class),
							Role.valueOf(row.get("role", String.class)), row.get("producer_id", Long.class),
							Set.of(row.get("locations", Long[].class))))
			.one();
	}

	/**
	 * Creates the account unless one with this e-mail exists.
	 * @return whether it was created
	 */
	public Mono<Boolean> createIfAbsent(String email, String passwordHash, Role role, String displayName) {
		DatabaseClient.GenericExecuteSpec insert = this.db.sql("""
				INSERT INTO app_user (email, password_hash, role, display_name)
				VALUES (lower(:email), :hash, :role, :name)
				ON CONFLICT (email) DO NOTHING
				""").bind("email", email).bind("role", role.name()).bind("name", displayName);
		insert = (passwordHash != null) ? insert.bind("hash", passwordHash) : insert.bindNull("hash", String.class);
		return insert.fetch().rowsUpdated().map((count) -> count > 0);
	}

	public enum Role {

		ADMIN, OPERATOR, PRODUCER

	}

}
