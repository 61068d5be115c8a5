package vn.ocop.market.catalog.stock;

/**
 * A product's level at a location right after a movement.
 *
 * @param movementId the ledger row that made it so
 */
public record Level(long movementId, long locationId, long productId, int onHand, int reserved) implements LineOutcome {

	public int available() {
		return this.onHand - this.reserved;
	}

}
