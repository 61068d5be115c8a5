package vn.ocop.market.admin.programme;

import java.util.List;
import java.util.Map;

/**
 * What sold in a period ({@code sale_fact}): online orders, showrooms and fairs.
 *
 * @param byChannel ONLINE, SHOWROOM, FAIR, every one present
 * @param byProvince by the producer's province code
 * @param byStars by the stars the product held on the day of the sale
 * @param top the best-selling products by amount
 */
record Sales(Map<String, Amount> byChannel, Map<String, Amount> byProvince, Map<Integer, Amount> byStars,
		List<TopProduct> top) {

	static final List<String> CHANNELS = List.of("ONLINE", "SHOWROOM", "FAIR");

	public Amount total() {
		return this.byChannel.values().stream().reduce(Amount.NONE, Amount::plus);
	}

	public long largestChannel() {
		return this.byChannel.values().stream().mapToLong(Amount::vnd).max().orElse(0);
	}

	record Amount(long quantity, long vnd) {

		static final Amount NONE = new Amount(0, 0);

		Amount plus(Amount other) {
			return new Amount(this.quantity + other.quantity, this.vnd + other.vnd);
		}

	}

	record TopProduct(String name, String producer, long quantity, long vnd) {

	}

}
