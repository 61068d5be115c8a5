package vn.ocop.market.indexer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Keeps Elasticsearch in sync with PostgreSQL through the outbox, runs full reindexes
 * behind the alias, expires certificates and clears old outbox rows (the last two on a
 * schedule). It is the only writer to Elasticsearch and serves nothing but Actuator.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class IndexerApplication {

	public static void main(String[] args) {
		SpringApplication.run(IndexerApplication.class, args);
	}

}
