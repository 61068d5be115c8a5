package vn.ocop.market.storefront.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.i18n.LocaleContextResolver;

import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.catalog.web.LanguageResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/** Dates that shoppers see, and "today" for certificate validity, are Vietnam's. */
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	Clock clock() {
		return Clock.system(VIETNAM);
	}

	@Bean
	ProvinceRegistry provinceRegistry() {
		return ProvinceRegistry.standard();
	}

	@Bean(name = "localeContextResolver")
	LocaleContextResolver localeContextResolver() {
		return new LanguageResolver();
	}

}
