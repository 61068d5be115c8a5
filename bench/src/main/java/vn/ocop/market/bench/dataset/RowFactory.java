package vn.ocop.market.bench.dataset;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import vn.ocop.market.scoring.IssuingLevel;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.scoring.RuleSet;
import vn.ocop.market.scoring.RuleSets;

/**
 * Makes the row of one product's decision, valid under the rule set of its date.
 */
final class RowFactory {

	static final LocalDate FIRST_DECISION = LocalDate.of(2020, 1, 1);

	static final LocalDate LAST_DECISION = LocalDate.of(2026, 10, 31);

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Dice dice;

	RowFactory(Dice dice) {
		this.dice = dice;
	}

	DatedRow row(Producer producer, ProductType type, int productIndex, int stars) {
		LocalDate date = decisionDate(type.group());
		RuleSet ruleSet = RuleSets.forDecisionDate(date);
		IssuingLevel level = ruleSet.certifyingLevel(stars).orElseThrow();
		String provinceName = Issuers.provinceName(producer, date);
		String authority = Issuers.authority(level, producer, provinceName, date);
		String[] scores = scores(stars, ruleSet);
		String dateText = this.dice.chance(0.85) ? VIETNAMESE_DATE.format(date) : date.toString();
		String provinceText = this.dice.chance(0.12) ? Issuers.withKind(provinceName) : provinceName;
		String district = date.isBefore(Issuers.MERGER) ? producer.district() : "";
		CertificationRow row = new CertificationRow(Issuers.decisionNo(level, authority, date), dateText,
				levelLabel(level), authority, productName(type, producer), groupLabel(type.group()), producer.name(),
				producer.kind().name(), provinceText, district, producer.commune(), scores[0], scores[1], scores[2],
				scores[3], String.valueOf(stars), gtin(producer, productIndex), price(type));
		return new DatedRow(date, row);
	}

	private LocalDate decisionDate(ProductGroup group) {
		LocalDate date;
		do {
			date = FIRST_DECISION
				.plusDays(this.dice.between(0, (int) (LAST_DECISION.toEpochDay() - FIRST_DECISION.toEpochDay())));
		}
		while (date.getDayOfWeek() == DayOfWeek.SUNDAY || !RuleSets.forDecisionDate(date).groups().contains(group));
		return date;
	}

	private String productName(ProductType type, Producer producer) {
		String name = type.name() + " " + producer.qualifier();
		if (!type.variants().isEmpty() && this.dice.chance(0.25)) {
			name += " " + this.dice.pick(type.variants());
		}
		return name;
	}

	private String groupLabel(ProductGroup group) {
		return this.dice.chance(0.2) ? group.labelVi() : group.code();
	}

	/**
	 * Parts A, B, C (empty in a fifth of rows, as some files carry only totals) and
	 * total.
	 */
	private String[] scores(int stars, RuleSet ruleSet) {
		int total = ScoreSheet.total(stars, this.dice);
		int[] parts = ScoreSheet.parts(total, ruleSet, this.dice);
		boolean withParts = this.dice.chance(0.8);
		boolean decimalComma = this.dice.chance(0.15);
		String[] scores = new String[4];
		for (int i = 0; i < 3; i++) {
			scores[i] = withParts ? ScoreSheet.format(parts[i], decimalComma) : "";
		}
		scores[3] = ScoreSheet.format(total, decimalComma);
		return scores;
	}

	private String gtin(Producer producer, int productIndex) {
		int itemReference = productIndex * 2000 + this.dice.between(0, 1999);
		return (producer.companyPrefix() != null) ? Gtin13.of(producer.companyPrefix(), itemReference) : "";
	}

	/** A retail price rounded as shops round it; tourism services often have none. */
	private String price(ProductType type) {
		double none = (type.group() == ProductGroup.TOURISM) ? 0.4 : 0.05;
		long price = type.minPrice()
				+ (long) (this.dice.between(0, 1000) / 1000.0 * (type.maxPrice() - type.minPrice()));
		long step = (price < 1_000_000) ? 5_000 : 50_000;
		return this.dice.chance(none) ? "" : String.valueOf(Math.round((double) price / step) * step);
	}

	private static String levelLabel(IssuingLevel level) {
		return switch (level) {
			case DISTRICT -> "Huyện";
			case PROVINCE -> "Tỉnh";
			case CENTRAL -> "Trung ương";
		};
	}

	/**
	 * A row with its decision date, by which the file is sorted.
	 */
	record DatedRow(LocalDate date, CertificationRow row) {
	}

}
