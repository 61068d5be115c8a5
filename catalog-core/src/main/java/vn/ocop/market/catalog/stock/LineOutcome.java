package vn.ocop.market.catalog.stock;

/**
 * What became of one movement: its new {@link Level}, or the {@link Shortage} that
 * refused it.
 */
public sealed interface LineOutcome permits Level, Shortage {

}
