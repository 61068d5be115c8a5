package vn.ocop.market.admin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

import vn.ocop.market.catalog.web.VietnamWebConfiguration;

/**
 * The OCOP office's app. It is the one place that runs the database migrations.
 */
@SpringBootApplication
@Import(VietnamWebConfiguration.class)
@ConfigurationPropertiesScan
public class AdminApplication {

	public static void main(String[] args) {
		SpringApplication.run(AdminApplication.class, args);
	}

}
