package vn.ocop.market.catalog.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.i18n.LocaleContextResolver;

import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * What both page-serving apps share: Vietnam's clock, the province registry and the
 * vi-first language choice. Apps {@code @Import} it.
 */
@Configuration(proxyBeanMethods = false)
public class VietnamWebConfiguration {

	/** Dates that people see, and "today" for certificate validity, are Vietnam's. */
	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
