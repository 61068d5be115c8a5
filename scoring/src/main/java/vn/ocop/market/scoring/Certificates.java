package vn.ocop.market.scoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long an OCOP certificate lasts. A product whose certificate expired leaves the OCOP
 * listing until a new decision certifies it again, so storefront and admin must agree on
 * the exact last day.
 */
public final class Certificates {

	/**
	 * Every rule set grants 36 months from the decision.
	 */
	public static final int VALIDITY_MONTHS = 36;

	private Certificates() {
	}

	/**
	 * The last day a certificate is valid: the day before the decision's 36-month
	 * anniversary, since the decision day itself counts.
	 * @param decisionDate the date of the decision
	 * @return the last valid day, inclusive
	 */
	public static LocalDate validUntil(LocalDate decisionDate) {
		Objects.requireNonNull(decisionDate, "decisionDate");
		return decisionDate.plusMonths(VALIDITY_MONTHS).minusDays(1);
	}

	public static boolean expired(LocalDate decisionDate, LocalDate today) {
		Objects.requireNonNull(today, "today");
		return today.isAfter(validUntil(decisionDate));
	}

}
