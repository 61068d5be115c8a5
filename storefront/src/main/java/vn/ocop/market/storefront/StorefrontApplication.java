package vn.ocop.market.storefront;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.ocop.market.catalog.web.VietnamWebConfiguration;

/**
 * The consumer shop. Reads lists and search from Elasticsearch and everything else from
 * PostgreSQL, the source of truth.
 */
@SpringBootApplication
@EnableScheduling
@Import(VietnamWebConfiguration.class)
public class StorefrontApplication {

	public static void main(String[] args) {
		SpringApplication.run(StorefrontApplication.class, args);
	}

}
