package vn.ocop.market.bench.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A line of the generated file read back the way an import reads it.
 */
record DemoRow(CertificationRow fields, LocalDate date, BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal total,
		int stars) {

	static DemoRow of(List<String> f) {
		CertificationRow row = new CertificationRow(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5),
				f.get(6), f.get(7), f.get(8), f.get(9), f.get(10), f.get(11), f.get(12), f.get(13), f.get(14),
				f.get(15), f.get(16), f.get(17));
		return new DemoRow(row, date(row.decisionDate()), score(row.scoreA()), score(row.scoreB()), score(row.scoreC()),
				score(row.totalScore()), Integer.parseInt(row.stars()));
	}

	boolean hasParts() {
		return this.a != null;
	}

	private static LocalDate date(String text) {
		return text.contains("/") ? LocalDate.parse(text, DateTimeFormatter.ofPattern("dd/MM/yyyy"))
				: LocalDate.parse(text);
	}

	private static BigDecimal score(String text) {
		return text.isEmpty() ? null : new BigDecimal(text.replace(',', '.'));
	}

}
