package vn.ocop.market.admin.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A right password is checked by BCrypt once in five minutes; a wrong one, and a right
 * one for a changed stored hash, every time.
 */
class RememberingPasswordEncoderTests {

	final MovableClock clock = new MovableClock();

	final AtomicInteger checks = new AtomicInteger();

	final PasswordEncoder bcrypt = new CountingEncoder(new BCryptPasswordEncoder(4), this.checks);

	final PasswordEncoder encoder = new RememberingPasswordEncoder(this.bcrypt, this.clock, Duration.ofMinutes(5));

	final String stored = this.encoder.encode("mật-khẩu-đúng");

	@Test
	void aRightPasswordIsCheckedOnceThenRememberedUntilItsTimeIsUp() {
		assertThat(this.encoder.matches("mật-khẩu-đúng", this.stored)).isTrue();
		assertThat(this.checks).hasValue(1);
		assertThat(this.encoder.matches("mật-khẩu-đúng", this.stored)).isTrue();
		this.clock.advance(Duration.ofMinutes(4));
		assertThat(this.encoder.matches("mật-khẩu-đúng", this.stored)).isTrue();
		assertThat(this.checks).hasValue(1);

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.encoder.matches("mật-khẩu-đúng", this.stored)).isTrue();
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void aWrongPasswordIsCheckedEveryTimeAndNeverMatches() {
		assertThat(this.encoder.matches("mật-khẩu-đúng", this.stored)).isTrue();
		for (int i = 0; i < 3; i++) {
			assertThat(this.encoder.matches("mật-khẩu-sai", this.stored)).isFalse();
		}
		assertThat(this.checks).hasValue(4);
	}

	@Test
	void aChangedPasswordIsCheckedAgainstItsNewHash() {
		assertThat(this.encoder.matches("mật-khẩu-đúng", this.stored)).isTrue();
		String changed = this.encoder.encode("mật-khẩu-mới");
		assertThat(this.encoder.matches("mật-khẩu-đúng", changed)).isFalse();
		assertThat(this.encoder.matches("mật-khẩu-mới", changed)).isTrue();
		assertThat(this.checks).hasValue(3);
	}

	/** The real BCrypt, counting its checks. */
	private record CountingEncoder(PasswordEncoder encoder, AtomicInteger checks) implements PasswordEncoder {

		@Override
		public String encode(CharSequence rawPassword) {
			return this.encoder.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.checks.incrementAndGet();
			return this.encoder.matches(rawPassword, encodedPassword);
		}

	}

}
