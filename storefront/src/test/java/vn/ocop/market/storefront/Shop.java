package vn.ocop.market.storefront;

import java.time.Clock;

import org.springframework.r2dbc.core.DatabaseClient;

import vn.ocop.market.catalog.fixtures.CatalogFixtures;
import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;

/**
 * What checkout tests sell: products with units at warehouses that ship online, put there
 * through the ledger as receipts are.
 */
public record Shop(DatabaseClient db, StockLedger ledger, Clock clock) {

	public long warehouse(String name, String province) {
		return StockFixtures.location(name).warehouse().province(province).insert(this.db);
	}

	/**
	 * A listed product with units at the warehouse.
	 * @return the product id
	 */
	public long product(CatalogFixtures.ProductBuilder product, long warehouse, int units) {
		long id = product.insert(this.db);
		if (units > 0) {
			this.ledger.apply(Movement.receive(warehouse, id, units, null, "test")).block();
		}
		return id;
	}

	public void sell(long warehouse, long product, int units) {
		this.ledger.apply(Movement.sale(warehouse, product, units, 1, null, "counter")).block();
	}

	public int reserved(long warehouse, long product) {
		return this.db.sql("SELECT reserved FROM stock_level WHERE location_id = :l AND product_id = :p")
			.bind("l", warehouse)
			.bind("p", product)
			.map((row, meta) -> row.get("reserved", Integer.class))
			.one()
			.block();
	}

	public long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> row.get(0, Long.class)).one().block();
	}

	public void execute(String sql) {
		this.db.sql(sql).then().block();
	}

}
