package vn.ocop.market.scoring;

import static vn.ocop.market.scoring.IssuingLevel.CENTRAL;
import static vn.ocop.market.scoring.IssuingLevel.DISTRICT;
import static vn.ocop.market.scoring.IssuingLevel.PROVINCE;
import static vn.ocop.market.scoring.ProductGroup.BEVERAGES;
import static vn.ocop.market.scoring.ProductGroup.FOOD;
import static vn.ocop.market.scoring.ProductGroup.HANDICRAFTS;
import static vn.ocop.market.scoring.ProductGroup.HERBAL;
import static vn.ocop.market.scoring.ProductGroup.ORNAMENTAL;
import static vn.ocop.market.scoring.ProductGroup.TEXTILES;
import static vn.ocop.market.scoring.ProductGroup.TOURISM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The national OCOP criteria as data, one {@link RuleSet} per reform, so that a 2021
 * decision is checked against the 2019 criteria and a 2025 one against the current
 * criteria. The rule sets are ordered by the date they take effect.
 */
public final class RuleSets {

	private static final Part COMMUNITY = part('A', "Sản phẩm và sức mạnh cộng đồng", "Product and community strength",
			40);

	private static final List<Part> PARTS_2023 = List.of(COMMUNITY,
			part('B', "Khả năng tiếp thị và câu chuyện sản phẩm", "Marketing capacity and product story", 25),
			part('C', "Chất lượng sản phẩm", "Product quality", 35));

	private static final Set<ProductGroup> GROUPS_2023 = Set.of(FOOD, BEVERAGES, HERBAL, HANDICRAFTS, ORNAMENTAL,
			TOURISM);

	private static final List<StarGate> GATES_2023 = List.of(
			new StarGate(3, "Có công bố chất lượng, tem truy xuất nguồn gốc và đủ điều kiện sản xuất theo quy định",
					"A quality declaration, a traceability stamp and the production conditions the law requires"),
			new StarGate(4,
					"Sử dụng nguyên liệu, lao động địa phương và có quy trình sản xuất được kiểm soát chất lượng",
					"Local raw materials and labour, and a quality-controlled production process"),
			new StarGate(5, "Có khả năng xuất khẩu, đáp ứng tiêu chuẩn thị trường nhập khẩu và nhãn hiệu được bảo hộ",
					"Export capacity, the importing market's standards met and a protected trademark"));

	private static final List<RuleSet> ALL = List.of(decision1048(), decision148(), decision1489());

	private RuleSets() {
	}

	public static List<RuleSet> all() {
		return ALL;
	}

	/**
	 * The rule set a council applied on a date. Dates before the first national criteria
	 * get those criteria, the earliest that exist.
	 * @param date the decision date
	 * @return the rule set in force that day
	 */
	public static RuleSet forDecisionDate(LocalDate date) {
		Objects.requireNonNull(date, "date");
		RuleSet found = ALL.get(0);
		for (RuleSet ruleSet : ALL) {
			if (!ruleSet.effectiveFrom().isAfter(date)) {
				found = ruleSet;
			}
		}
		return found;
	}

	private static RuleSet decision1048() {
		List<Part> parts = List.of(part('A', COMMUNITY.nameVi(), COMMUNITY.nameEn(), 35),
				part('B', "Khả năng tiếp thị", "Marketing capacity", 25),
				part('C', "Chất lượng sản phẩm", "Product quality", 40));
		List<StarGate> gates = List.of(new StarGate(3,
				"Có công bố chất lượng sản phẩm và đủ điều kiện an toàn thực phẩm, môi trường theo quy định",
				"A product quality declaration and the food safety and environmental conditions the law requires"),
				new StarGate(4, "Có nguồn nguyên liệu ổn định, truy xuất được nguồn gốc và có câu chuyện sản phẩm",
						"A stable, traceable source of raw materials and a product story"),
				new StarGate(5, "Sản phẩm có khả năng xuất khẩu và nhãn hiệu được bảo hộ",
						"An exportable product with a protected trademark"));
		// district councils only rank and forward products of 50+ points to the province
		return new RuleSet("1048/2019",
				"Quyết định 1048/QĐ-TTg ngày 21/08/2019, sửa đổi bởi 781/QĐ-TTg ngày 08/06/2020",
				LocalDate.of(2019, 8, 21), parts, Set.of(FOOD, BEVERAGES, HERBAL, HANDICRAFTS, TEXTILES, TOURISM),
				Map.of(DISTRICT, Set.of(), PROVINCE, Set.of(3, 4), CENTRAL, Set.of(5)), gates, false);
	}

	private static RuleSet decision148() {
		return new RuleSet("148/2023", "Quyết định 148/QĐ-TTg ngày 24/02/2023", LocalDate.of(2023, 2, 24), PARTS_2023,
				GROUPS_2023, Map.of(DISTRICT, Set.of(3), PROVINCE, Set.of(4), CENTRAL, Set.of(5)), GATES_2023, false);
	}

	// The amendment was signed on 6 July 2025 but governs the two-tier local government
	// in force since 1 July 2025, the day districts ceased to exist.
	private static RuleSet decision1489() {
		return new RuleSet("1489/2025",
				"Quyết định 1489/QĐ-TTg ngày 06/07/2025, sửa đổi Quyết định 148/QĐ-TTg ngày 24/02/2023",
				LocalDate.of(2025, 7, 1), PARTS_2023, GROUPS_2023,
				Map.of(DISTRICT, Set.of(), PROVINCE, Set.of(3, 4), CENTRAL, Set.of(5)), GATES_2023, true);
	}

	private static Part part(char letter, String nameVi, String nameEn, int max) {
		return new Part(letter, nameVi, nameEn, BigDecimal.valueOf(max));
	}

}
