package vn.ocop.market.storefront.cart;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.ocop.market.catalog.province.Province;

/**
 * Shipping fees the way Vietnamese carriers price a parcel: by zone (within the province,
 * within the region, to another region) and weight tier, each extra kilogram above the
 * last tier at a zone's rate, and nothing above a free-shipping threshold.
 *
 * @param tiersGrams the upper bounds of the weight tiers, ascending
 * @param fees each zone's fee per tier, in đồng
 * @param extraPerKg each zone's fee for every started kilogram above the last tier
 * @param freeAboveVnd orders of at least this subtotal ship free; 0 for never
 * @param deliveryDays how many days a parcel takes to each zone, as buyers are told
 * ("1–2")
 */
@ConfigurationProperties("ocop.shipping")
public record ShippingTariff(List<Integer> tiersGrams, Map<Zone, List<Long>> fees, Map<Zone, Long> extraPerKg,
		long freeAboveVnd, Map<Zone, String> deliveryDays) {

	public ShippingTariff {
		if (deliveryDays == null) {
			deliveryDays = Map.of(Zone.SAME_PROVINCE, "1–2", Zone.SAME_REGION, "2–3", Zone.OTHER_REGION, "3–5");
		}
		for (Zone zone : Zone.values()) {
			if (fees.get(zone) == null || fees.get(zone).size() != tiersGrams.size()) {
				throw new IllegalArgumentException("ocop.shipping.fees." + zone + " needs a fee per weight tier");
			}
		}
	}

	/**
	 * The fee of one parcel of that weight to that zone.
	 */
	public long fee(Zone zone, int grams) {
		List<Long> zoneFees = this.fees.get(zone);
		for (int i = 0; i < this.tiersGrams.size(); i++) {
			if (grams <= this.tiersGrams.get(i)) {
				return zoneFees.get(i);
			}
		}
		int above = grams - this.tiersGrams.get(this.tiersGrams.size() - 1);
		long kilograms = (above + 999) / 1000;
		return zoneFees.get(zoneFees.size() - 1) + kilograms * this.extraPerKg.getOrDefault(zone, 0L);
	}

	public String days(Zone zone) {
		return this.deliveryDays.getOrDefault(zone, "");
	}

	/**
	 * Same as {@link #days(Zone)}, for a zone's name as an order stores it.
	 */
	public String days(String zone) {
		return days(Zone.valueOf(zone));
	}

	public boolean free(long subtotalVnd) {
		return this.freeAboveVnd > 0 && subtotalVnd >= this.freeAboveVnd;
	}

	/**
	 * Within the province, within its region, or to another region.
	 */
	public enum Zone {

		SAME_PROVINCE, SAME_REGION, OTHER_REGION;

		public static Zone between(Province from, Province to) {
			if (from.code().equals(to.code())) {
				return SAME_PROVINCE;
			}
			return from.region().equals(to.region()) ? SAME_REGION : OTHER_REGION;
		}

	}

}
