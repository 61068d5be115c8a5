package vn.ocop.market.storefront;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.ocop.market.testsupport.OcopServices;

/**
 * The storefront on a random port, against a real PostgreSQL database and Elasticsearch
 * index prefix of the test class's own. {@link SearchIndex} plays the indexer.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("test")
@OcopServices
@Import(SearchIndex.class)
public @interface IntegrationTest {

}
