package vn.ocop.market.admin.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Invitations to set a password, for producers and operators alike: a random token shown
 * once to the admin, kept only as its SHA-256, usable once and for {@link #VALID_FOR}.
 */
@Service
public class Invitations {

	static final Duration VALID_FOR = Duration.ofHours(72);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final PasswordEncoder encoder;

	Invitations(DatabaseClient db, TransactionalOperator transaction, PasswordEncoder encoder) {
		this.db = db;
		this.transaction = transaction;
		this.encoder = encoder;
	}

	/**
	 * Creates the producer's account (no password yet) unless the e-mail is taken, and an
	 * invitation for it.
	 * @return the token to put in the link, empty when the e-mail belongs to another
	 * account
	 */
	public Mono<String> inviteProducer(long producerId, String email, String name, String invitedBy) {
		Mono<Long> user = this.db.sql("""
				INSERT INTO app_user (email, role, producer_id, display_name)
				VALUES (lower(:email), 'PRODUCER', :producer, :name)
				ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name
				WHERE app_user.producer_id = EXCLUDED.producer_id AND app_user.password_hash IS NULL
				RETURNING id""")
			.bind("email", email.strip())
			.bind("producer", producerId)
			.bind("name", name.strip())
			.map((row, meta) -> row.get("id", Long.class))
			.one();
		return invite(user, invitedBy);
	}

	/**
	 * Creates an operator's account (no password yet) for the given locations unless the
	 * e-mail is taken, and an invitation for it. Inviting again a person who has not yet
	 * set a password sends a new link and replaces the locations.
	 * @return the token to put in the link, empty when the e-mail belongs to another
	 * account
	 */
	public Mono<String> inviteOperator(String email, String name, Set<Long> locationIds, String invitedBy) {
		Mono<Long> user = this.db.sql("""
				INSERT INTO app_user (email, role, display_name) VALUES (lower(:email), 'OPERATOR', :name)
				ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name
				WHERE app_user.role = 'OPERATOR' AND app_user.password_hash IS NULL
				RETURNING id""")
			.bind("email", email.strip())
			.bind("name", name.strip())
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.flatMap((userId) -> this.db.sql("""
					WITH cleared AS (DELETE FROM app_user_location WHERE user_id = :user)
					INSERT INTO app_user_location (user_id, location_id)
					SELECT :user, id FROM stock_location WHERE id = ANY(:locations)""")
				.bind("user", userId)
				.bind("locations", locationIds.toArray(Long[]::new))
				.then()
				.thenReturn(userId));
		return invite(user, invitedBy);
	}

	private Mono<String> invite(Mono<Long> user, String invitedBy) {
		String token = newToken();
		// a new link ends the person's older ones: only the latest invitation opens the
		// account
		return user
			.flatMap((userId) -> this.db.sql("""
					UPDATE account_invitation SET expires_at = greatest(now(), created_at + interval '1 millisecond')
					WHERE user_id = :user AND used_at IS NULL AND expires_at > now()""")
				.bind("user", userId)
				.then()
				.thenReturn(userId))
			.flatMap((userId) -> this.db.sql("""
					INSERT INTO account_invitation (token_sha256, user_id, created_by, expires_at)
					VALUES (:hash, :user, :by, :expires)""")
				.bind("hash", sha256(token))
				.bind("user", userId)
				.bind("by", invitedBy)
				.bind("expires", Instant.now().plus(VALID_FOR))
				.then()
				.thenReturn(token))
			.as(this.transaction::transactional);
	}

	/**
	 * The link to hand over, on the address the office reached admin at.
	 */
	public static String link(ServerWebExchange exchange, String token) {
		return UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
			.replacePath("/invitations/" + token)
			.replaceQuery(null)
			.toUriString();
	}

	Mono<InvitationState> state(String token) {
		return this.db.sql("""
				SELECT i.used_at, i.expires_at, u.email FROM account_invitation i JOIN app_user u ON u.id = i.user_id
				WHERE i.token_sha256 = :hash""")
			.bind("hash", sha256(token))
			.map((row, meta) -> InvitationState.of(row.get("used_at", Instant.class),
					row.get("expires_at", Instant.class), row.get("email", String.class)))
			.one()
			.defaultIfEmpty(InvitationState.unknown());
	}

	/**
	 * Sets the password if the invitation is still open, and closes it in the same
	 * transaction: a link works once.
	 * @return whether the password was set
	 */
	Mono<Boolean> accept(String token, String password) {
		String hash = this.encoder.encode(password);
		return this.db.sql("""
				WITH used AS (
				    UPDATE account_invitation SET used_at = now()
				    WHERE token_sha256 = :token AND used_at IS NULL AND expires_at > now()
				    RETURNING user_id)
				UPDATE app_user SET password_hash = :hash WHERE id = (SELECT user_id FROM used)""")
			.bind("token", sha256(token))
			.bind("hash", hash)
			.fetch()
			.rowsUpdated()
			.map((count) -> count > 0);
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String sha256(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record InvitationState(Status status, String email) {

		static InvitationState of(Instant usedAt, Instant expiresAt, String email) {
			if (usedAt != null) {
				return new InvitationState(Status.USED, email);
			}
			return new InvitationState(expiresAt.isAfter(Instant.now()) ? Status.OPEN : Status.EXPIRED, email);
		}

		static InvitationState unknown() {
			return new InvitationState(Status.UNKNOWN, null);
		}

	}

	enum Status {

		OPEN, USED, EXPIRED, UNKNOWN

	}

}
