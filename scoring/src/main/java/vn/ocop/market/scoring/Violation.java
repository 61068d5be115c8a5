package vn.ocop.market.scoring;

import java.util.List;
import java.util.Objects;

/**
 * One broken rule in a council result. It carries a stable code, the import column it is
 * about and the values a message needs, rather than a message, so the admin app can word
 * it in Vietnamese or English with {@link java.text.MessageFormat}.
 *
 * @param code what rule is broken; its javadoc lists the {@code args}
 * @param field the import column: {@code score_a}, {@code score_b}, {@code score_c},
 * {@code total_score}, {@code stars}, {@code issuing_level}, {@code decision_date} or
 * {@code product_group}
 * @param args the values for {@code {0}}, {@code {1}}... in a message
 */
public record Violation(RuleCode code, String field, List<Object> args) {

	public Violation {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(field, "field");
		args = List.copyOf(args);
	}

}
