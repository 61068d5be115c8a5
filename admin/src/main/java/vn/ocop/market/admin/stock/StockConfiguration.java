package vn.ocop.market.admin.stock;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.catalog.payment.VietQrProperties;
import vn.ocop.market.catalog.stock.Lots;
import vn.ocop.market.catalog.stock.StockLedger;

/**
 * The stock ledger of catalog-core, and what operators' pages are configured with.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ StockConfiguration.StockProperties.class, VietQrProperties.class })
class StockConfiguration {

	@Bean
	StockLedger stockLedger(DatabaseClient db, TransactionalOperator transaction, Clock clock) {
		return new StockLedger(db, transaction, clock);
	}

	@Bean
	Lots lots(DatabaseClient db) {
		return new Lots(db);
	}

	/**
	 * @param lowThreshold units at or below which a product is low at a location, unless
	 * the operator set its own threshold there
	 */
	@ConfigurationProperties("ocop.stock")
	record StockProperties(int lowThreshold) {

	}

}
