package vn.ocop.market.catalog.stock;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the ledger needs to know of a location to accept a movement there: the rules of
 * closed locations, of fairs and of online holds, in one place.
 */
public record LocationState(long id, LocationKind kind, boolean closed, boolean shipsOnline, LocalDate opensOn,
		LocalDate closesOn) {

	/**
	 * Why this location refuses a movement of that kind today, if it does.
	 */
	public Optional<StockProblem> refuses(MovementKind movement, LocalDate today) {
		if (this.closed) {
			return Optional.of(StockProblem.LOCATION_CLOSED);
		}
		if (movement == MovementKind.RESERVATION && !this.shipsOnline) {
			return Optional.of(StockProblem.NOT_SHIPPING_ONLINE);
		}
		if (this.kind == LocationKind.FAIR) {
			return fairRefuses(movement, today);
		}
		return Optional.empty();
	}

	/**
	 * Whether the fair's last day is behind us: it then only sends its leftovers back.
	 */
	public boolean ended(LocalDate today) {
		return this.kind == LocationKind.FAIR && today.isAfter(this.closesOn);
	}

	private Optional<StockProblem> fairRefuses(MovementKind movement, LocalDate today) {
		boolean ended = ended(today);
		return switch (movement) {
			case SALE -> ended ? Optional.of(StockProblem.FAIR_ENDED)
					: today.isBefore(this.opensOn) ? Optional.of(StockProblem.FAIR_NOT_OPEN) : Optional.empty();
			case RECEIVE -> ended ? Optional.of(StockProblem.FAIR_ENDED) : Optional.empty();
			default -> Optional.empty();
		};
	}

}
