package vn.ocop.market.catalog.stock;

/**
 * One row of the stock ledger before it is recorded: which units of which product move
 * where, why, by whom, and from which transfer, sale, count or order. Built by the named
 * factories, which fix the signs as the database's {@code stock_movement_sign_check}
 * does.
 *
 * @param onHandDelta change of the units on hand
 * @param reservedDelta change of the units held for orders
 * @param batchId the lot, where known
 * @param unitPriceVnd the price of a sale, per unit
 * @param expectedOnHand for a count: the level the operator saw, which must still hold
 */
public record Movement(MovementKind kind, long locationId, long productId, int onHandDelta, int reservedDelta,
		Long batchId, String actor, AdjustmentReason reason, Long unitPriceVnd, String note, Refs refs,
		Integer expectedOnHand) {

	public Movement {
		if (actor == null || actor.isBlank()) {
			throw new IllegalArgumentException("A movement says who made it");
		}
		if (!signsFit(kind, onHandDelta, reservedDelta)) {
			throw new IllegalArgumentException(
					"%s cannot move %d on hand and %d reserved".formatted(kind, onHandDelta, reservedDelta));
		}
		if ((kind == MovementKind.ADJUSTMENT) != (reason != null)) {
			throw new IllegalArgumentException("Adjustments, and only they, carry a reason");
		}
		if ((kind == MovementKind.SALE) != (unitPriceVnd != null) || (unitPriceVnd != null && unitPriceVnd < 0)) {
			throw new IllegalArgumentException("Sales, and only they, carry a unit price");
		}
		refs = (refs != null) ? refs : Refs.NONE;
	}

	public static Movement receive(long location, long product, int quantity, Long batch, String actor) {
		return of(MovementKind.RECEIVE, location, product, quantity, 0, batch, actor);
	}

	public static Movement transferOut(long location, long product, int quantity, Long batch, long transfer,
			String actor) {
		return of(MovementKind.TRANSFER_OUT, location, product, -quantity, 0, batch, actor)
			.with(Refs.NONE.transfer(transfer));
	}

	public static Movement transferIn(long location, long product, int quantity, Long batch, long transfer,
			String actor) {
		return of(MovementKind.TRANSFER_IN, location, product, quantity, 0, batch, actor)
			.with(Refs.NONE.transfer(transfer));
	}

	/**
	 * An in-person sale: the units leave the location's shelf.
	 */
	public static Movement sale(long location, long product, int quantity, long unitPriceVnd, Long batch,
			String actor) {
		return new Movement(MovementKind.SALE, location, product, -quantity, 0, batch, actor, null, unitPriceVnd, null,
				null, null);
	}

	/**
	 * An online order shipped: the units it held leave with it.
	 */
	public static Movement shipReserved(long location, long product, int quantity, long unitPriceVnd, Long batch,
			String actor) {
		return new Movement(MovementKind.SALE, location, product, -quantity, -quantity, batch, actor, null,
				unitPriceVnd, null, null, null);
	}

	public static Movement adjustment(long location, long product, int delta, AdjustmentReason reason, Long batch,
			String actor) {
		return new Movement(MovementKind.ADJUSTMENT, location, product, delta, 0, batch, actor, reason, null, null,
				null, null);
	}

	/**
	 * A stocktake's difference: applied only while the level is still what was counted
	 * against.
	 */
	public static Movement counted(long location, long product, int expectedOnHand, int counted, long count,
			String actor) {
		return adjustment(location, product, counted - expectedOnHand, AdjustmentReason.STOCKTAKE, null, actor)
			.with(Refs.NONE.count(count))
			.expecting(expectedOnHand);
	}

	public static Movement returnToProducer(long location, long product, int quantity, Long batch, String actor) {
		return of(MovementKind.RETURN_TO_PRODUCER, location, product, -quantity, 0, batch, actor);
	}

	public static Movement reservation(long location, long product, int quantity, long order, String actor) {
		return of(MovementKind.RESERVATION, location, product, 0, quantity, null, actor).with(Refs.NONE.order(order));
	}

	public static Movement release(long location, long product, int quantity, long order, String actor) {
		return of(MovementKind.RELEASE, location, product, 0, -quantity, null, actor).with(Refs.NONE.order(order));
	}

	private static Movement of(MovementKind kind, long location, long product, int onHand, int reserved, Long batch,
			String actor) {
		return new Movement(kind, location, product, onHand, reserved, batch, actor, null, null, null, null, null);
	}

	public Movement with(Refs refs) {
		return new Movement(this.kind, this.locationId, this.productId, this.onHandDelta, this.reservedDelta,
				this.batchId, this.actor, this.reason, this.unitPriceVnd, this.note, refs, this.expectedOnHand);
	}

	public Movement withNote(String note) {
		return new Movement(this.kind, this.locationId, this.productId, this.onHandDelta, this.reservedDelta,
				this.batchId, this.actor, this.reason, this.unitPriceVnd, note, this.refs, this.expectedOnHand);
	}

	private Movement expecting(int onHand) {
		return new Movement(this.kind, this.locationId, this.productId, this.onHandDelta, this.reservedDelta,
				this.batchId, this.actor, this.reason, this.unitPriceVnd, this.note, this.refs, onHand);
	}

	/**
	 * How many units this movement takes from what is available (on hand less reserved);
	 * zero or less when it adds.
	 */
	public int takes() {
		return this.reservedDelta - this.onHandDelta;
	}

	/**
	 * Whether only units are added, which can never fall short.
	 */
	boolean onlyAdds() {
		return this.onHandDelta > 0 && this.reservedDelta == 0 && this.expectedOnHand == null;
	}

	private static boolean signsFit(MovementKind kind, int onHand, int reserved) {
		return switch (kind) {
			case RECEIVE, TRANSFER_IN -> onHand > 0 && reserved == 0;
			case TRANSFER_OUT, RETURN_TO_PRODUCER -> onHand < 0 && reserved == 0;
			case SALE -> onHand < 0 && (reserved == 0 || reserved == onHand);
			case ADJUSTMENT -> onHand != 0 && reserved == 0;
			case RESERVATION -> onHand == 0 && reserved > 0;
			case RELEASE -> onHand == 0 && reserved < 0;
		};
	}

	/**
	 * What the movement belongs to: a transfer, an in-person sale, a stocktake or an
	 * online order.
	 */
	public record Refs(Long transferId, Long saleId, Long countId, Long orderId) {

		public static final Refs NONE = new Refs(null, null, null, null);

		public Refs transfer(long id) {
			return new Refs(id, this.saleId, this.countId, this.orderId);
		}

		public Refs sale(long id) {
			return new Refs(this.transferId, id, this.countId, this.orderId);
		}

		public Refs count(long id) {
			return new Refs(this.transferId, this.saleId, id, this.orderId);
		}

		public Refs order(long id) {
			return new Refs(this.transferId, this.saleId, this.countId, id);
		}

	}

}
