package vn.ocop.market.scoring;

/**
 * Stable codes for the rules a council result can break. Each is an error, not a warning:
 * a result that breaks one is not imported. Each constant lists the
 * {@link Violation#args() args} its messages can use; {@link IssuingLevel} and
 * {@link ProductGroup} arguments are worded with their {@code labelVi()} or
 * {@code labelEn()}.
 */
public enum RuleCode {

	/**
	 * A part score is below 0 or above the rule set's maximum for it (fields
	 * {@code score_a}, {@code score_b}, {@code score_c}), or the total is outside 0..100
	 * (field {@code total_score}). Args: {0} part letter {@code "A"}, {@code "B"},
	 * {@code "C"}, or {@code "total"}; {1} the given score; {2} the maximum.
	 */
	PART_SCORE_OUT_OF_RANGE,

	/**
	 * The total differs from A + B + C by more than the rounding tolerance (field
	 * {@code total_score}). Args: {0} the given total; {1} the sum of the parts; {2} the
	 * tolerance, 0.05.
	 */
	TOTAL_MISMATCH,

	/**
	 * The stars are not 1..5 or not those of the total's band (field {@code stars}).
	 * Args: {0} the given stars; {1} the stars of the total's band; {2} the total.
	 */
	STAR_BAND_MISMATCH,

	/**
	 * The result is below 3 stars, by its given stars or by its total, so it is not an
	 * OCOP product (field {@code stars}). Args: {0} the lower of the given and the band's
	 * stars; {1} the fewest stars certified, 3.
	 */
	NOT_CERTIFIABLE,

	/**
	 * The issuing level may not certify the given stars under the rule set (field
	 * {@code issuing_level}). Args: {0} the issuing level; {1} the given stars; {2} the
	 * rule set id; {3} the level that certifies those stars.
	 */
	LEVEL_MAY_NOT_CERTIFY,

	/**
	 * A district issued the decision after districts were abolished (field
	 * {@code issuing_level}). Args: {0} the decision date; {1} the day districts ceased,
	 * 2025-07-01; {2} the rule set id.
	 */
	DISTRICT_AFTER_REFORM,

	/**
	 * The decision is dated after today (field {@code decision_date}). Args: {0} the
	 * decision date; {1} today.
	 */
	DECISION_IN_FUTURE,

	/**
	 * The product group does not exist in the rule set of the decision's date (field
	 * {@code product_group}). Args: {0} the product group; {1} the rule set id.
	 */
	GROUP_NOT_IN_RULE_SET

}
