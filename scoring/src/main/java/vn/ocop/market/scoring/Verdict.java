package vn.ocop.market.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Council} concluded about one council result: the rule set it was judged by,
 * every broken rule rather than the first, and how long the certificate would last. The
 * import keeps the whole verdict for its per-row report.
 *
 * @param ruleSet the rule set of the decision's date
 * @param band the total's star band, or {@code null} when the total is outside 0..100
 * @param violations every broken rule, empty when the result may be imported
 * @param validUntil the certificate's last valid day
 */
public record Verdict(RuleSet ruleSet, StarBand band, List<Violation> violations, LocalDate validUntil) {

	public Verdict {
		Objects.requireNonNull(ruleSet, "ruleSet");
		violations = List.copyOf(violations);
		Objects.requireNonNull(validUntil, "validUntil");
	}

	public boolean valid() {
		return this.violations.isEmpty();
	}

	public boolean has(RuleCode code) {
		return this.violations.stream().anyMatch((violation) -> violation.code() == code);
	}

}
