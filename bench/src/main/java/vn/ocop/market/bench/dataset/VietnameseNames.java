package vn.ocop.market.bench.dataset;

import java.util.List;

/**
 * People's names, place names and brand names as they appear in OCOP decisions.
 */
final class VietnameseNames {

	private static final List<String> SURNAMES = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê",
			"Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh",
			"Trương", "Lương", "Hà");

	private static final List<String> WOMEN = List.of("Hoa", "Lan", "Hương", "Mai", "Thảo", "Hạnh", "Hà", "Linh", "Yến",
			"Tâm", "Nga", "Thủy", "Loan", "Nhung", "Oanh", "Phượng", "Trang", "Xuân", "Huệ", "Liên");

	private static final List<String> WOMEN_MIDDLE = List.of("Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Mỹ");

	private static final List<String> MEN = List.of("Hùng", "Dũng", "Tuấn", "Bình", "An", "Phúc", "Nam", "Sơn", "Hải",
			"Long", "Trung", "Cường", "Thắng", "Minh", "Quang", "Tài", "Vinh", "Toàn", "Hiếu", "Lộc");

	private static final List<String> MEN_MIDDLE = List.of("Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Công");

	// Names that communes and districts in many provinces of each part of the country
	// share, so that no row puts a well-known place in the wrong province.
	private static final List<String> NORTH_PLACES = List.of("Đông Sơn", "Tân Lập", "Hưng Đạo", "Quang Trung",
			"Thanh Sơn", "Đồng Tâm", "Minh Khai", "Văn Lang", "Tiên Phong", "Yên Bình", "Kim Long", "Phú Cường",
			"Xuân Lai", "Đại Đồng", "Hợp Thành", "Tân Thịnh", "Trung Hòa", "Hồng Phong", "Quyết Thắng", "Tân Tiến",
			"Phúc Thành", "Lê Lợi", "Yên Sơn", "Minh Tân", "Đồng Lạc");

	private static final List<String> CENTRAL_PLACES = List.of("Hòa Phong", "Phú Thượng", "Hương Long", "Tam Thanh",
			"Hòa Xuân", "Nghĩa Hà", "Tịnh Sơn", "Hòa Thắng", "Thạch Long", "Cẩm Thành", "Quảng Phú", "Diễn Hồng",
			"Nghi Phong", "Sơn Thành", "Phước Sơn", "Ninh Xuân", "Hòa Hiệp", "Đức Hòa", "Tân Hòa", "Hòa Tiến",
			"Xuân Phong", "Hương Sơn", "Lộc Thanh", "Bình Nguyên", "Xuân Thọ");

	private static final List<String> SOUTH_PLACES = List.of("Tân Phú", "An Phú", "Phú Hòa", "Long Hưng", "Vĩnh Thạnh",
			"Thạnh Phú", "Mỹ Hòa", "Tân Hiệp", "Phước Hải", "Châu Thành", "Long Hòa", "Bình Thạnh", "Tân Thành",
			"Mỹ Long", "An Bình", "Hòa Lợi", "Phú Mỹ", "Tân Hưng", "Long Phú", "Vĩnh Hòa", "Tân Lộc", "Mỹ Thạnh",
			"An Hiệp", "Thới Bình", "Phong Thạnh");

	private static final List<String> BRAND_FIRSTS = List.of("Hồng", "Phúc", "Minh", "Thiên", "Bảo", "Kim", "Hoàng",
			"Tâm", "An", "Hưng", "Sao", "Hương", "Việt", "Đại", "Thành", "Tân", "Ngọc", "Gia", "Thuận", "Hải", "Lộc",
			"Vạn", "Trường", "Phương", "Quốc");

	private static final List<String> BRAND_SECONDS = List.of("Lam", "Sinh", "Phát", "Phú", "Long", "Ngân", "Đức",
			"Khang", "Thịnh", "Mai", "Quê", "Xanh", "Đạt", "Châu", "Lợi", "Nam", "Hà", "Tiến", "Hòa", "Sơn");

	private VietnameseNames() {
	}

	/**
	 * Place names of the given socio-economic region, since the north, the centre and the
	 * south name their communes differently.
	 */
	static List<String> places(String region) {
		return switch (region) {
			case "northern-midlands-mountains", "red-river-delta" -> NORTH_PLACES;
			case "north-central", "south-central-coast", "central-highlands" -> CENTRAL_PLACES;
			default -> SOUTH_PLACES;
		};
	}

	static String brand(Dice dice) {
		return dice.pick(BRAND_FIRSTS) + " " + dice.pick(BRAND_SECONDS);
	}

	static Person person(Dice dice) {
		boolean woman = dice.chance(0.55);
		String given = dice.pick(woman ? WOMEN : MEN);
		String middle = dice.pick(woman ? WOMEN_MIDDLE : MEN_MIDDLE);
		return new Person(dice.pick(SURNAMES) + " " + middle + " " + given, (woman ? "Bà " : "Ông ") + given);
	}

	/**
	 * A person.
	 *
	 * @param fullName such as "Nguyễn Thị Hoa"
	 * @param byName how a village brand names them, such as "Bà Hoa"
	 */
	record Person(String fullName, String byName) {
	}

}
