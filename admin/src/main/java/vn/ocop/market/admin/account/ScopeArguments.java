package vn.ocop.market.admin.account;

import java.util.Optional;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Hands a handler the signed-in account's scope: declare a {@link ProducerScope} or
 * {@link LocationScope} parameter and it is there, read from the principal. An account
 * without that scope gets 404, as if the page did not exist for it.
 */
@Configuration(proxyBeanMethods = false)
class ScopeArguments implements WebFluxConfigurer, HandlerMethodArgumentResolver {

	@Override
	public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
		configurer.addCustomResolver(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == ProducerScope.class || type == LocationScope.class;
	}

	@Override
	public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
		Function<SignedIn, Optional<?>> scope = (parameter.getParameterType() == ProducerScope.class)
				? SignedIn::producerScope : SignedIn::locationScope;
		return exchange.getPrincipal()
			.filter(Authentication.class::isInstance)
			.map((principal) -> ((Authentication) principal).getPrincipal())
			.filter(SignedIn.class::isInstance)
			.flatMap((account) -> Mono.justOrEmpty(scope.apply((SignedIn) account)))
			.cast(Object.class)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
