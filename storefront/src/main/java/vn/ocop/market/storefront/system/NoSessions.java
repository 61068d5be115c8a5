package vn.ocop.market.storefront.system;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.WebSessionManager;

/**
 * The shop keeps no server-side sessions: nobody logs in, and the cart lives in its own
 * cookie. Thymeleaf still asks every page for the session (for {@code ${session}}), and
 * the default in-memory store answers by creating one on another thread and handing the
 * rest of the request to the single parallel scheduler: measured, that thread hop put
 * every page's rendering on one core. This manager answers at once with a session that is
 * never started nor stored.
 */
final class NoSessions implements WebSessionManager {

	@Override
	public Mono<WebSession> getSession(ServerWebExchange exchange) {
		return Mono.just(new Unsaved(Instant.now()));
	}

	private record Unsaved(Map<String, Object> attributes, Instant creationTime) implements WebSession {

		Unsaved(Instant creationTime) {
			this(new HashMap<>(), creationTime);
		}

		@Override
		public String getId() {
			return "";
		}

		@Override
		public Map<String, Object> getAttributes() {
			return this.attributes;
		}

		@Override
		public void start() {
		}

		@Override
		public boolean isStarted() {
			return false;
		}

		@Override
		public Mono<Void> changeSessionId() {
			return Mono.empty();
		}

		@Override
		public Mono<Void> invalidate() {
			return Mono.empty();
		}

		@Override
		public Mono<Void> save() {
			return Mono.empty();
		}

		@Override
		public boolean isExpired() {
			return false;
		}

		@Override
		public Instant getCreationTime() {
			return this.creationTime;
		}

		@Override
		public Instant getLastAccessTime() {
			return this.creationTime;
		}

		@Override
		public void setMaxIdleTime(Duration maxIdleTime) {
		}

		@Override
		public Duration getMaxIdleTime() {
			return Duration.ZERO;
		}

	}

}
