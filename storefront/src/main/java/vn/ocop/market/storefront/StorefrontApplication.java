package vn.ocop.market.storefront;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The consumer shop. Reads lists and search from Elasticsearch and everything else from
 * PostgreSQL, the source of truth.
 */
@SpringBootApplication
public class StorefrontApplication {

	public static void main(String[] args) {
		SpringApplication.run(StorefrontApplication.class, args);
	}

}
