package vn.ocop.market.admin.orders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.catalog.order.OrderReads;
import vn.ocop.market.catalog.order.Orders;
import vn.ocop.market.catalog.payment.StripeGateway;
import vn.ocop.market.catalog.payment.StripeProperties;
import vn.ocop.market.catalog.stock.Lots;
import vn.ocop.market.catalog.stock.StockLedger;

/**
 * The guarded order changes of catalog-core, and Stripe for card refunds.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StripeProperties.class)
class OrdersConfiguration {

	@Bean
	Orders orders(DatabaseClient db, TransactionalOperator transaction, StockLedger ledger, Lots lots) {
		return new Orders(db, transaction, ledger, lots);
	}

	@Bean
	OrderReads orderReads(DatabaseClient db, Orders orders) {
		return new OrderReads(db, orders);
	}

	@Bean
	StripeGateway stripeGateway(StripeProperties properties) {
		return new StripeGateway(properties);
	}

}
