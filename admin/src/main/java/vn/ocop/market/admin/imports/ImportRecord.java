package vn.ocop.market.admin.imports;

import java.time.Instant;
import java.util.Map;

/**
 * An uploaded file and what became of it.
 */
public record ImportRecord(long id, String fileName, String sha256, int sizeBytes, String uploadedBy,
		Instant uploadedAt, Status status, Mode mode, String appliedBy, Instant appliedAt, int rowCount,
		Map<Outcome, Integer> counts) {

	public enum Status {

		PREVIEWED, APPLIED, REFUSED

	}

	/**
	 * All rows or none (the default), or the valid rows while the others are skipped.
	 */
	public enum Mode {

		ALL_OR_NOTHING, VALID_ROWS_ONLY

	}

	public int count(Outcome outcome) {
		return this.counts.getOrDefault(outcome, 0);
	}

}
