package vn.ocop.market.admin.system;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Pages use a login form with CSRF protection; the API uses HTTP Basic and no session.
 * Roles: ADMIN, OPERATOR, PRODUCER. Producers reach only {@code /portal/**}, operators
 * only {@code /stock/**}; there each sees only its own (the principal carries its scope,
 * which the scoped repositories require). Invitation links are public because their token
 * is the credential. A burst of wrong passwords locks the login for a while
 * ({@link LoginThrottle}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottle.Properties.class)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityWebFilterChain api(ServerHttpSecurity http) {
		return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**"))
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/api/imports/**", "/api/reports/**")
				.hasRole("ADMIN")
				.anyExchange()
				.authenticated())
			.httpBasic(Customizer.withDefaults())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.build();
	}

	@Bean
	@Order(2)
	SecurityWebFilterChain pages(ServerHttpSecurity http, LoginThrottle throttle) {
		return http
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers("/login", "/css/**", "/js/**", "/favicon.svg", "/actuator/health/**", "/actuator/health",
						"/actuator/prometheus", "/invitations/**")
				.permitAll()
				.pathMatchers("/imports/**", "/search-index/**", "/producers/**", "/stories/**", "/recalls/**",
						"/locations/**", "/operators/**", "/statements/**", "/orders/**", "/orders.csv", "/orders.xlsx",
						"/dashboard/**", "/dashboard")
				.hasRole("ADMIN")
				.pathMatchers("/stock/**")
				.hasAnyRole("ADMIN", "OPERATOR")
				.pathMatchers("/portal/**")
				.hasRole("PRODUCER")
				.anyExchange()
				.authenticated())
			// the upload form is multipart: read its token from there too
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(multipartAware()))
			.addFilterBefore(throttle, SecurityWebFiltersOrder.FORM_LOGIN)
			.formLogin((form) -> form.loginPage("/login")
				.authenticationFailureHandler(throttle.failureHandler())
				.authenticationSuccessHandler(throttle.successHandler()))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessHandler((exchange, authentication) -> redirect(exchange.getExchange(), "/login?logout")))
			.build();
	}

	private static Mono<Void> redirect(ServerWebExchange exchange, String location) {
		exchange.getResponse().setStatusCode(HttpStatus.SEE_OTHER);
		exchange.getResponse().getHeaders().setLocation(URI.create(location));
		return exchange.getResponse().setComplete();
	}

	private static XorServerCsrfTokenRequestAttributeHandler multipartAware() {
		XorServerCsrfTokenRequestAttributeHandler handler = new XorServerCsrfTokenRequestAttributeHandler();
		handler.setTokenFromMultipartDataEnabled(true);
		return handler;
	}

	@Bean
	LoginThrottle loginThrottle(LoginThrottle.Properties properties, Clock clock) {
		return new LoginThrottle(properties, clock);
	}

	/**
	 * BCrypt; a right password is remembered for five minutes, so an API client pays for
	 * its check once, not on every request.
	 */
	@Bean
	PasswordEncoder passwordEncoder(Clock clock) {
		return new RememberingPasswordEncoder(new BCryptPasswordEncoder(), clock, Duration.ofMinutes(5));
	}

}
