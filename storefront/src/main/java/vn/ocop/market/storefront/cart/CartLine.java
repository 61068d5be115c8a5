package vn.ocop.market.storefront.cart;

import java.util.List;

/**
 * A line of the cart as it stands now: the product's current price and standing, and what
 * a warehouse that ships online can send of it.
 *
 * @param addedPriceVnd the price when the buyer last saw and accepted it
 * @param available the most one warehouse that ships online can send
 * @param locationId that warehouse, null when none has any
 */
public record CartLine(long productId, String slug, String name, Long priceVnd, Long addedPriceVnd, int quantity,
		int weightGrams, int available, Long locationId, List<CartProblem> problems) {

	public CartLine {
		problems = List.copyOf(problems);
	}

	public long amount() {
		return (this.priceVnd != null) ? this.priceVnd * this.quantity : 0;
	}

	public boolean orderable() {
		return this.problems.stream().noneMatch(CartProblem::blocks);
	}

	public boolean has(CartProblem problem) {
		return this.problems.contains(problem);
	}

}
