package vn.ocop.market.storefront.checkout;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.catalog.order.OrderReads;
import vn.ocop.market.catalog.order.Orders;
import vn.ocop.market.catalog.payment.VietQrProperties;
import vn.ocop.market.catalog.stock.Lots;
import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.storefront.cart.CartProperties;
import vn.ocop.market.storefront.cart.ShippingTariff;

/**
 * The ledger, orders and the settings checkout runs on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ CheckoutProperties.class, ShippingTariff.class, CartProperties.class,
		VietQrProperties.class })
class CheckoutConfiguration {

	@Bean
	StockLedger stockLedger(DatabaseClient db, TransactionalOperator transaction, Clock clock) {
		return new StockLedger(db, transaction, clock);
	}

	@Bean
	Orders orders(DatabaseClient db, TransactionalOperator transaction, StockLedger ledger) {
		return new Orders(db, transaction, ledger, new Lots(db));
	}

	@Bean
	OrderReads orderReads(DatabaseClient db, Orders orders) {
		return new OrderReads(db, orders);
	}

}
