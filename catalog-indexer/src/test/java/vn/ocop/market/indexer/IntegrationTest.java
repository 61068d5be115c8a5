package vn.ocop.market.indexer;

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
 * The indexer on a random port, against a real PostgreSQL database and Elasticsearch
 * index prefix of the test class's own, with {@link IndexedProducts} to read back what it
 * wrote.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("test")
@OcopServices
@Import(IndexedProducts.class)
public @interface IntegrationTest {

}
