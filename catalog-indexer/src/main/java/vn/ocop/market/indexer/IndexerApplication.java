package vn.ocop.market.indexer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Keeps Elasticsearch in sync with PostgreSQL through the outbox, runs full reindexes
 * behind the alias and expires certificates. It is the only writer to Elasticsearch and
 * serves nothing but Actuator.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IndexerApplication {

	public static void main(String[] args) {
		SpringApplication.run(IndexerApplication.class, args);
	}

}
