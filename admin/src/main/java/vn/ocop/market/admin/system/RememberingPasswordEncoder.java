package vn.ocop.market.admin.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a few minutes, the passwords it has just found
 * right. The API authenticates every request with HTTP Basic, and each BCrypt check costs
 * tens of milliseconds of CPU on purpose: a client that sends the same right password
 * again soon after is matched from memory. What is remembered is a keyed hash of the
 * password together with the stored hash it matched, so a changed password (a new stored
 * hash) is checked in full again, and a wrong one always is.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

	private static final int REMEMBERED_AT_MOST = 256;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final Duration remember;

	private final SecretKeySpec key;

	/** Matches found, least recently used first, with when each is forgotten. */
	private final Map<String, Instant> matched = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
			return size() > REMEMBERED_AT_MOST;
		}

	};

	RememberingPasswordEncoder(PasswordEncoder encoder, Clock clock, Duration remember) {
		this.encoder = encoder;
		this.clock = clock;
		this.remember = remember;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.encoder.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return this.encoder.matches(rawPassword, encodedPassword);
		}
		String pair = pair(rawPassword, encodedPassword);
		Instant now = this.clock.instant();
		synchronized (this.matched) {
			Instant forgotten = this.matched.get(pair);
			if (forgotten != null && now.isBefore(forgotten)) {
				return true;
			}
		}
		boolean matches = this.encoder.matches(rawPassword, encodedPassword);
		if (matches) {
			synchronized (this.matched) {
				this.matched.put(pair, now.plus(this.remember));
			}
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.encoder.upgradeEncoding(encodedPassword);
	}

	private String pair(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
