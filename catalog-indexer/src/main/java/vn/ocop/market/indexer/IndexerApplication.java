package vn.ocop.market.indexer;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.ocop.market.catalog.web.VietnamWebConfiguration;

/**
 * Keeps Elasticsearch in sync with PostgreSQL through the outbox, runs full reindexes
 * behind the alias, expires certificates and clears old outbox rows (the last two on a
 * schedule). It is the only writer to Elasticsearch and serves nothing but Actuator.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class IndexerApplication {

	/**
	 * Vietnam's clock: "today" for certificates and fairs is Vietnam's date.
	 */
	@Bean
	Clock clock() {
		return Clock.system(VietnamWebConfiguration.VIETNAM);
	}

	public static void main(String[] args) {
		SpringApplication.run(IndexerApplication.class, args);
	}

}
