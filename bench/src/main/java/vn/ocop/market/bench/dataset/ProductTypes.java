package vn.ocop.market.bench.dataset;

import java.util.List;

import vn.ocop.market.scoring.ProductGroup;

import static vn.ocop.market.bench.dataset.ProductType.of;
import static vn.ocop.market.scoring.ProductGroup.BEVERAGES;
import static vn.ocop.market.scoring.ProductGroup.FOOD;
import static vn.ocop.market.scoring.ProductGroup.HANDICRAFTS;
import static vn.ocop.market.scoring.ProductGroup.HERBAL;
import static vn.ocop.market.scoring.ProductGroup.ORNAMENTAL;
import static vn.ocop.market.scoring.ProductGroup.TEXTILES;
import static vn.ocop.market.scoring.ProductGroup.TOURISM;

/**
 * Products typical of OCOP results, at least five per group so that a producer's products
 * can all be of different kinds.
 */
final class ProductTypes {

	private static final List<ProductType> ALL = List.of(
			of(FOOD, "Bánh phồng tôm", 40_000, 120_000, "loại đặc biệt", "hộp 500 g"),
			of(FOOD, "Nước mắm", 60_000, 250_000, "40 độ đạm", "35 độ đạm", "chai 500 ml"),
			of(FOOD, "Mắm tép", 50_000, 150_000, "hũ 500 g"), of(FOOD, "Bánh tráng", 30_000, 90_000, "phơi sương"),
			of(FOOD, "Kẹo dừa", 35_000, 100_000, "lá dứa", "sữa"),
			of(FOOD, "Mật ong bạc hà", 200_000, 450_000, "chai 500 ml"),
			of(FOOD, "Mật ong hoa cà phê", 150_000, 350_000, "chai 500 ml"),
			of(FOOD, "Gạo ST25", 120_000, 250_000, "túi 5 kg", "túi 2 kg"),
			of(FOOD, "Cà phê rang xay", 90_000, 400_000, "hạt nguyên chất", "gói 500 g"),
			of(FOOD, "Chè Shan tuyết", 150_000, 450_000, "búp khô", "hồng trà"),
			of(FOOD, "Chè búp", 100_000, 350_000, "túi 200 g"), of(FOOD, "Miến dong", 50_000, 120_000, "gói 500 g"),
			of(FOOD, "Nem chua", 40_000, 150_000), of(FOOD, "Xoài sấy dẻo", 60_000, 180_000, "túi 500 g"),
			of(FOOD, "Hạt điều rang muối", 150_000, 400_000, "loại A", "hộp 500 g"),
			of(FOOD, "Chả cá", 150_000, 350_000), of(FOOD, "Mứt gừng", 40_000, 120_000, "hộp quà tặng"),
			of(FOOD, "Lạp xưởng", 150_000, 300_000, "loại đặc biệt"), of(FOOD, "Khô cá lóc", 200_000, 450_000),
			of(FOOD, "Tỏi đen", 150_000, 450_000, "hũ 250 g"), of(FOOD, "Hồng sấy", 150_000, 400_000),
			of(FOOD, "Thịt trâu gác bếp", 300_000, 450_000, "túi 500 g"), of(FOOD, "Bún khô", 30_000, 70_000),
			of(FOOD, "Chuối sấy", 40_000, 100_000), of(FOOD, "Bánh pía", 60_000, 150_000, "sầu riêng", "đậu xanh"),
			of(FOOD, "Kẹo lạc", 35_000, 90_000), of(FOOD, "Tương bần", 30_000, 60_000),
			of(FOOD, "Ruốc tôm", 150_000, 400_000, "hũ 200 g"),
			of(BEVERAGES, "Rượu cần", 150_000, 450_000, "bình 2 lít"),
			of(BEVERAGES, "Rượu ngô", 80_000, 300_000, "chai 500 ml", "29 độ"),
			of(BEVERAGES, "Rượu nếp cái hoa vàng", 100_000, 350_000, "chai 500 ml"),
			of(BEVERAGES, "Rượu sim", 150_000, 400_000), of(BEVERAGES, "Rượu mơ", 120_000, 300_000),
			of(BEVERAGES, "Trà atiso", 60_000, 200_000, "túi lọc"),
			of(BEVERAGES, "Trà hoa vàng", 300_000, 900_000, "hộp 100 g"),
			of(BEVERAGES, "Nước cốt chanh dây", 60_000, 150_000, "chai 1 lít"),
			of(BEVERAGES, "Nước yến sào", 150_000, 400_000, "hộp 6 lọ"),
			of(BEVERAGES, "Nước cốt gừng mật ong", 80_000, 200_000),
			of(HERBAL, "Cao dược liệu", 150_000, 500_000, "hũ 100 g"),
			of(HERBAL, "Trà túi lọc cà gai leo", 60_000, 180_000), of(HERBAL, "Tinh dầu quế", 80_000, 350_000),
			of(HERBAL, "Tinh dầu tràm", 60_000, 200_000, "chai 100 ml"),
			of(HERBAL, "Sâm Ngọc Linh", 1_500_000, 5_000_000, "củ tươi", "ngâm mật ong"),
			of(HERBAL, "Tinh bột nghệ", 150_000, 400_000, "hũ 500 g"),
			of(HERBAL, "Đông trùng hạ thảo", 500_000, 2_000_000, "sấy khô"),
			of(HERBAL, "Trà giảo cổ lam", 80_000, 200_000), of(HERBAL, "Nấm linh chi", 300_000, 1_200_000),
			of(HERBAL, "Dầu gội bồ kết", 60_000, 150_000),
			of(HANDICRAFTS, "Nón lá", 50_000, 250_000, "bài thơ", "quai lụa"),
			of(HANDICRAFTS, "Chiếu cói", 150_000, 600_000, "in hoa"),
			of(HANDICRAFTS, "Gốm men lam", 200_000, 3_000_000, "bình hoa", "bộ ấm chén"),
			of(HANDICRAFTS, "Mây tre đan", 80_000, 1_500_000, "giỏ xách", "khay"),
			of(HANDICRAFTS, "Tranh thêu", 1_500_000, 12_000_000, "khổ lớn"),
			of(HANDICRAFTS, "Đồ gỗ mỹ nghệ", 1_500_000, 20_000_000), of(HANDICRAFTS, "Túi cói", 120_000, 450_000),
			of(HANDICRAFTS, "Tranh sơn mài", 2_000_000, 15_000_000), of(HANDICRAFTS, "Đèn lồng", 80_000, 400_000),
			of(HANDICRAFTS, "Lục bình đan", 100_000, 600_000),
			of(TEXTILES, "Thổ cẩm", 250_000, 2_500_000, "khăn choàng"),
			of(TEXTILES, "Lụa tơ tằm", 300_000, 2_500_000, "khổ 90 cm"), of(TEXTILES, "Khăn lụa", 250_000, 800_000),
			of(TEXTILES, "Vải lanh", 200_000, 800_000), of(TEXTILES, "Áo dài lụa", 1_200_000, 3_500_000),
			of(ORNAMENTAL, "Lan hồ điệp", 300_000, 1_500_000, "chậu 5 cành"),
			of(ORNAMENTAL, "Bonsai", 1_500_000, 30_000_000, "dáng trực"), of(ORNAMENTAL, "Cá Koi", 500_000, 10_000_000),
			of(ORNAMENTAL, "Mai vàng", 2_000_000, 20_000_000), of(ORNAMENTAL, "Đào thế", 1_500_000, 15_000_000),
			of(TOURISM, "Du lịch cộng đồng", 50_000, 300_000), of(TOURISM, "Homestay", 300_000, 900_000),
			of(TOURISM, "Điểm du lịch sinh thái", 30_000, 150_000),
			of(TOURISM, "Điểm du lịch làng nghề", 30_000, 100_000),
			of(TOURISM, "Du lịch trải nghiệm nông nghiệp", 80_000, 300_000));

	private ProductTypes() {
	}

	static List<ProductType> inGroup(ProductGroup group) {
		return ALL.stream().filter((type) -> type.group() == group).toList();
	}

}
