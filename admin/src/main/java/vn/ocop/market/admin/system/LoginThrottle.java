package vn.ocop.market.admin.system;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Slows password guessing at the login form: a burst of wrong passwords for one account,
 * or from one client address, locks further tries (even a right one) for a while, and the
 * login page says so. Counted in this node's memory, which is enough for one admin node;
 * several would share it through the database.
 */
public class LoginThrottle implements WebFilter {

	private final Properties properties;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final ServerAuthenticationFailureHandler wrongPassword = new RedirectServerAuthenticationFailureHandler(
			"/login?error");

	private final ServerAuthenticationSuccessHandler signedIn = new RedirectServerAuthenticationSuccessHandler();

	public LoginThrottle(Properties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Refuses a login post while its account or address is locked, before the password is
	 * checked.
	 */
	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!HttpMethod.POST.equals(exchange.getRequest().getMethod())
				|| !"/login".equals(exchange.getRequest().getPath().pathWithinApplication().value())) {
			return chain.filter(exchange);
		}
		return exchange.getFormData().flatMap((form) -> {
			if (locked(account(form.getFirst("username"))) || locked(address(exchange))) {
				exchange.getResponse().setStatusCode(HttpStatus.SEE_OTHER);
				exchange.getResponse().getHeaders().setLocation(URI.create("/login?locked"));
				return exchange.getResponse().setComplete();
			}
			return chain.filter(exchange);
		});
	}

	public ServerAuthenticationFailureHandler failureHandler() {
		return (webFilterExchange, exception) -> webFilterExchange.getExchange().getFormData().flatMap((form) -> {
			Instant now = this.clock.instant();
			String account = account(form.getFirst("username"));
			String address = address(webFilterExchange.getExchange());
			boolean locked = failed(account, now, this.properties.maxFailuresPerAccount())
					| failed(address, now, this.properties.maxFailuresPerAddress());
			return locked ? redirect(webFilterExchange, "/login?locked")
					: this.wrongPassword.onAuthenticationFailure(webFilterExchange, exception);
		});
	}

	public ServerAuthenticationSuccessHandler successHandler() {
		return (webFilterExchange, authentication) -> {
			this.failures.remove(account(authentication.getName()));
			return this.signedIn.onAuthenticationSuccess(webFilterExchange, authentication);
		};
	}

	/**
	 * Counts a failure in the window.
	 * @return whether the key is now locked
	 */
	private boolean failed(String key, Instant now, int max) {
		Deque<Instant> times = this.failures.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		synchronized (times) {
			prune(times, now);
			times.addLast(now);
			return times.size() >= max;
		}
	}

	private boolean locked(String key) {
		Deque<Instant> times = this.failures.get(key);
		if (times == null) {
			return false;
		}
		synchronized (times) {
			Instant now = this.clock.instant();
			prune(times, now);
			int max = key.startsWith("account:") ? this.properties.maxFailuresPerAccount()
					: this.properties.maxFailuresPerAddress();
			return times.size() >= max && times.peekLast().plus(this.properties.lockout()).isAfter(now);
		}
	}

	/**
	 * Forgets failures older than the window, and all of them once a lockout has passed.
	 */
	private void prune(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && times.peekFirst().plus(this.properties.window()).isBefore(now)) {
			times.removeFirst();
		}
		if (!times.isEmpty() && times.peekLast().plus(this.properties.lockout()).isBefore(now)) {
			times.clear();
		}
	}

	private static String account(String username) {
		return "account:" + ((username != null) ? username.strip().toLowerCase(Locale.ROOT) : "");
	}

	private static String address(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return "address:"
				+ ((remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown");
	}

	private static Mono<Void> redirect(WebFilterExchange webFilterExchange, String location) {
		ServerWebExchange exchange = webFilterExchange.getExchange();
		exchange.getResponse().setStatusCode(HttpStatus.SEE_OTHER);
		exchange.getResponse().getHeaders().setLocation(URI.create(location));
		return exchange.getResponse().setComplete();
	}

	/**
	 * @param maxFailuresPerAccount wrong passwords for one account within the window that
	 * lock it
	 * @param maxFailuresPerAddress wrong passwords from one client address within the
	 * window that lock it (higher: offices share an address)
	 * @param window how far back failures count
	 * @param lockout how long a lock lasts after the last failure
	 */
	@ConfigurationProperties("ocop.login")
	public record Properties(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window, Duration lockout) {

	}

}
