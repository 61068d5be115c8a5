package vn.ocop.market.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One product's result as an evaluation council decided it, before any check. Values are
 * taken as written so that {@link Council} can report every mistake at once instead of
 * failing on the first.
 *
 * @param decisionDate the date of the decision, which selects the rule set
 * @param level the level of the issuing council
 * @param group the product group
 * @param parts the part scores, or {@code null} when the file carries only a total
 * @param total the total score
 * @param stars the stars the decision awards
 */
public record CouncilResult(LocalDate decisionDate, IssuingLevel level, ProductGroup group, PartScores parts,
		BigDecimal total, int stars) {

	public CouncilResult {
		Objects.requireNonNull(decisionDate, "decisionDate");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(group, "group");
		Objects.requireNonNull(total, "total");
	}

}
