package vn.ocop.market.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Gives a test class a database and an index prefix of its own on a real PostgreSQL and
 * Elasticsearch. Plain tests receive them as {@link TestDatabase} and {@link TestSearch}
 * parameters; Spring tests get them as properties ({@code spring.r2dbc.*},
 * {@code spring.flyway.*}, {@code ocop.search.*}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(OcopServicesExtension.class)
@ContextCustomizerFactories(OcopServicesContextCustomizerFactory.class)
public @interface OcopServices {

}
