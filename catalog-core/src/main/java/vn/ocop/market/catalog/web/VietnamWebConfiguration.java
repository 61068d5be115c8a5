package vn.ocop.market.catalog.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.i18n.LocaleContextResolver;

import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.catalog.story.SafeMarkdown;

/**
 * What both page-serving apps share: Vietnam's clock, the province registry, the vi-first
 * language choice and safe Markdown for stories. Apps {@code @Import} it.
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

	@Bean
	SafeMarkdown safeMarkdown() {
		return new SafeMarkdown();
	}

	@Bean(name = "localeContextResolver")
	LocaleContextResolver localeContextResolver() {
		return new LanguageResolver();
	}

}
