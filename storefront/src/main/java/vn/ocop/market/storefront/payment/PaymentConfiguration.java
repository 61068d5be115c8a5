package vn.ocop.market.storefront.payment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ocop.market.catalog.payment.StripeGateway;
import vn.ocop.market.catalog.payment.StripeProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StripeProperties.class)
class PaymentConfiguration {

	@Bean
	StripeGateway stripeGateway(StripeProperties properties) {
		return new StripeGateway(properties);
	}

}
