package vn.ocop.market.scoring;

import java.util.Objects;

/**
 * A minimum condition a product must meet for a number of stars whatever its points,
 * introduced by Decision 781/QĐ-TTg after 90-point candidates lacked what a 5★ product
 * needs. Kept as data: import files carry only scores, so nothing can check a gate yet,
 * but the admin app can show them.
 *
 * @param stars the stars the condition guards, 3 to 5
 * @param requirementVi the condition in Vietnamese
 * @param requirementEn the condition in English
 */
public record StarGate(int stars, String requirementVi, String requirementEn) {

	public StarGate {
		if (stars < StarBand.FEWEST_CERTIFIED_STARS || stars > 5) {
			throw new IllegalArgumentException("Only 3 to 5 stars have gates, not " + stars);
		}
		Objects.requireNonNull(requirementVi, "requirementVi");
		Objects.requireNonNull(requirementEn, "requirementEn");
	}

}
