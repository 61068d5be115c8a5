package vn.ocop.market.storefront.system;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.WebSessionManager;

import vn.ocop.market.catalog.payment.StripeProperties;

/**
 * The shop has no accounts; security here is for its forms and its headers. Every form
 * POST (cart, checkout, order look-up) carries a CSRF token, kept in a cookie so that no
 * server session exists and any node serves any request. The JSON API and Stripe's
 * webhook carry no cookie credentials (a cart id is its own bearer, the webhook is
 * signed), so they need no token. Pages get a strict content security policy (no inline
 * script), nosniff, no framing and a careful referrer policy; caching stays with the
 * pages, which send their own ETags.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * GS1 Digital Link percent-encodes a lot's {@code /} and {@code %} ({@code
	 * /01/…/10/L%2F24}); everything else the strict firewall refuses stays refused.
	 */
	@Bean
	ServerWebExchangeFirewall firewall() {
		StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
		firewall.setAllowUrlEncodedSlash(true);
		firewall.setAllowUrlEncodedPercent(true);
		return firewall;
	}

	/**
	 * Forms may lead only here, or to Stripe's hosted Checkout (a local stub in tests).
	 */
	static String contentSecurityPolicy(StripeProperties stripe) {
		String stub = (stripe.apiBase() != null && !stripe.apiBase().isBlank())
				? " " + URI.create(stripe.apiBase()).resolve("/").toString().replaceAll("/$", "") : "";
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
				+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' https://checkout.stripe.com"
				+ stub + "; frame-ancestors 'none'";
	}

	@Bean
	@Order(1)
	SecurityWebFilterChain api(ServerHttpSecurity http, StripeProperties stripe) {
		return common(http.securityMatcher(
				ServerWebExchangeMatchers.pathMatchers("/api/**", "/stripe/webhook", "/actuator/**")), stripe)
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.build();
	}

	@Bean
	@Order(2)
	SecurityWebFilterChain pages(ServerHttpSecurity http, StripeProperties stripe, ServerCsrfTokenRepository tokens,
			ServerCsrfTokenRequestHandler tokenHandler) {
		return common(http, stripe)
			.csrf((csrf) -> csrf.csrfTokenRepository(tokens).csrfTokenRequestHandler(tokenHandler))
			.build();
	}

	/**
	 * The pages' CSRF tokens, in a cookie; beans, so that a kept page gets its visitor's
	 * token as the CSRF filter would give it.
	 */
	@Bean
	ServerCsrfTokenRepository csrfTokens() {
		return new CookieCsrfTokens();
	}

	/**
	 * Masks the token anew on every page (BREACH).
	 */
	@Bean
	ServerCsrfTokenRequestHandler csrfTokenHandler() {
		return new XorServerCsrfTokenRequestAttributeHandler();
	}

	private static ServerHttpSecurity common(ServerHttpSecurity http, StripeProperties stripe) {
		return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.headers((headers) -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable)
				.contentTypeOptions(ServerHttpSecurity.HeaderSpec.ContentTypeOptionsSpec::disable)
				.frameOptions(ServerHttpSecurity.HeaderSpec.FrameOptionsSpec::disable)
				.xssProtection(ServerHttpSecurity.HeaderSpec.XssProtectionSpec::disable)
				// Spring Security always writes a referrer policy: that writer cannot go
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.writer(new SecurityHeaders(contentSecurityPolicy(stripe))));
	}

	/**
	 * Requests are observed once, per route ({@code http.server.requests}); an
	 * observation around each of Spring Security's filters cost more than serving a kept
	 * page.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Nobody logs in to the shop: no authentication manager, and none generated.
	 */
	@Bean
	ReactiveAuthenticationManager noAccounts() {
		return (authentication) -> Mono.empty();
	}

	/**
	 * Nor does it keep sessions.
	 */
	@Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
	WebSessionManager noSessions() {
		return new NoSessions();
	}

}
