package vn.ocop.market.bench.dataset;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.ocop.market.scoring.ProductGroup;

/**
 * Producer names in the forms decisions use: "Hợp tác xã Nông nghiệp Tân Phú", "Công ty
 * TNHH Thực phẩm Hồng Lam", "Hộ kinh doanh Nguyễn Thị Hoa", "Tổ hợp tác Mây tre đan Phú
 * Vinh".
 */
final class ProducerNames {

	private static final Map<ProductGroup, List<String>> TRADES = new EnumMap<>(Map.of(ProductGroup.FOOD,
			List.of("Nông nghiệp", "Dịch vụ nông nghiệp", "Thực phẩm", "Chế biến nông sản", "Thủy sản"),
			ProductGroup.BEVERAGES, List.of("Nông nghiệp", "Đồ uống", "Rượu truyền thống", "Chè"), ProductGroup.HERBAL,
			List.of("Dược liệu", "Thảo dược", "Nông lâm nghiệp"), ProductGroup.HANDICRAFTS,
			List.of("Thủ công mỹ nghệ", "Mây tre đan", "Gốm sứ", "Làng nghề"), ProductGroup.TEXTILES,
			List.of("Dệt thổ cẩm", "Dâu tằm tơ", "Dệt may"), ProductGroup.ORNAMENTAL,
			List.of("Sinh vật cảnh", "Hoa lan", "Hoa cây cảnh"), ProductGroup.TOURISM,
			List.of("Du lịch cộng đồng", "Du lịch sinh thái", "Dịch vụ du lịch")));

	private static final List<String> COMPANIES = List.of("Công ty TNHH ", "Công ty TNHH ", "Công ty Cổ phần ",
			"Doanh nghiệp tư nhân ");

	private ProducerNames() {
	}

	static String of(ProducerKind kind, ProductGroup group, String place, String brand, String person, Dice dice) {
		String trade = dice.pick(TRADES.get(group));
		return switch (kind) {
			case HTX -> "Hợp tác xã " + trade + " " + place;
			case THT -> "Tổ hợp tác " + trade + " " + place;
			case DN -> dice.pick(COMPANIES) + trade + " " + brand;
			case HKD -> "Hộ kinh doanh " + person;
		};
	}

}
