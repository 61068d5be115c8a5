package vn.ocop.market.admin.system;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.server.WebFilterExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lock lasts its lockout after the last wrong password and then lifts; failures older
 * than the window no longer count.
 */
class LoginThrottleTests {

	final MovableClock clock = new MovableClock();

	final LoginThrottle throttle = new LoginThrottle(
			new LoginThrottle.Properties(3, 100, Duration.ofMinutes(15), Duration.ofMinutes(10)), this.clock);

	@Test
	void aLockLiftsAfterItsLockout() {
		fail("lan@ocop.vn");
		fail("lan@ocop.vn");
		assertThat(passes("lan@ocop.vn")).isTrue();
		fail("lan@ocop.vn");
		assertThat(passes("lan@ocop.vn")).isFalse();
		this.clock.advance(Duration.ofMinutes(9));
		assertThat(passes("lan@ocop.vn")).isFalse();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(passes("lan@ocop.vn")).isTrue();
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() {
		fail("hoa@ocop.vn");
		fail("hoa@ocop.vn");
		this.clock.advance(Duration.ofMinutes(16));
		fail("hoa@ocop.vn");
		assertThat(passes("hoa@ocop.vn")).isTrue();
	}

	private void fail(String email) {
		MockServerWebExchange exchange = login(email);
		this.throttle.failureHandler()
			.onAuthenticationFailure(new WebFilterExchange(exchange, (e) -> Mono.empty()),
					new BadCredentialsException("wrong"))
			.block();
	}

	/**
	 * Whether a login post gets past the throttle to the password check.
	 */
	private boolean passes(String email) {
		AtomicBoolean reached = new AtomicBoolean();
		this.throttle.filter(login(email), (e) -> {
			reached.set(true);
			return Mono.empty();
		}).block();
		return reached.get();
	}

	private static MockServerWebExchange login(String email) {
		return MockServerWebExchange.from(MockServerHttpRequest.post("/login")
			.remoteAddress(new InetSocketAddress("203.0.113.7", 50000))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("username=" + email + "&password=x"));
	}

}
