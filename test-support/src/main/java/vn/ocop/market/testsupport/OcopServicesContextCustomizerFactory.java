package vn.ocop.market.testsupport;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points a Spring test context at the test class's own database and index prefix. The
 * customizer is keyed by test class, so classes never share a context or its data.
 */
public class OcopServicesContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer(testClass);
	}

	record Customizer(Class<?> testClass) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestDatabase database = TestResources.newDatabase();
			TestSearch search = TestResources.newSearch();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("ocopServices", properties(database, search)));
			context.getBeanFactory().registerSingleton("testDatabase", database);
			context.getBeanFactory().registerSingleton("testSearch", search);
		}

		static Map<String, Object> properties(TestDatabase database, TestSearch search) {
			return Map.of("spring.r2dbc.url", database.r2dbcUrl(), "spring.r2dbc.username", database.user(),
					"spring.r2dbc.password", database.password(), "spring.flyway.url", database.jdbcUrl(),
					"spring.flyway.user", database.user(), "spring.flyway.password", database.password(),
					"ocop.search.url", search.url(), "ocop.search.index-prefix", search.indexPrefix());
		}

	}

}
