package vn.ocop.market.indexer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Keeps Elasticsearch in sync with PostgreSQL through the outbox. It is the only writer
 * to Elasticsearch and serves nothing but Actuator.
 */
@SpringBootApplication
public class IndexerApplication {

	public static void main(String[] args) {
		SpringApplication.run(IndexerApplication.class, args);
	}

}
