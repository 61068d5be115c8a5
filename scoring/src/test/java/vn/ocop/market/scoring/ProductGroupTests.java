package vn.ocop.market.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductGroupTests {

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			food                                                         | FOOD
			FOOD                                                         | FOOD
			Thực phẩm                                                    | FOOD
			thuc pham                                                    | FOOD
			THỰC PHẨM                                                    | FOOD
			beverages                                                    | BEVERAGES
			đồ uống                                                      | BEVERAGES
			Do uong                                                      | BEVERAGES
			herbal                                                       | HERBAL
			Thảo dược                                                    | HERBAL
			thao duoc                                                    | HERBAL
			dược liệu                                                    | HERBAL
			Dược liệu và sản phẩm từ dược liệu                           | HERBAL
			duoc lieu va san pham tu duoc lieu                           | HERBAL
			handicrafts                                                  | HANDICRAFTS
			Thủ công mỹ nghệ                                             | HANDICRAFTS
			thu cong my nghe                                             | HANDICRAFTS
			Lưu niệm - nội thất - trang trí                              | HANDICRAFTS
			luu niem - noi that - trang tri                              | HANDICRAFTS
			textiles                                                     | TEXTILES
			Textiles and garments                                        | TEXTILES
			Vải và may mặc                                               | TEXTILES
			vai va may mac                                               | TEXTILES
			ornamental                                                   | ORNAMENTAL
			Sinh vật cảnh                                                | ORNAMENTAL
			sinh vat canh                                                | ORNAMENTAL
			tourism                                                      | TOURISM
			Du lịch                                                      | TOURISM
			du lich                                                      | TOURISM
			Dịch vụ du lịch                                              | TOURISM
			du lịch cộng đồng                                            | TOURISM
			Dịch vụ du lịch cộng đồng                                    | TOURISM
			Dịch vụ du lịch nông thôn và bán hàng                        | TOURISM
			Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch | TOURISM
			""")
	void readsCodesEnglishNamesAndVietnameseNamesWithOrWithoutDiacritics(String text, ProductGroup group) {
		assertThat(ProductGroup.parse(text)).contains(group);
	}

	@ParameterizedTest
	@EnumSource(ProductGroup.class)
	void readsBackItsOwnCodeAndLabels(ProductGroup group) {
		assertThat(ProductGroup.parse(group.code())).contains(group);
		assertThat(ProductGroup.parse(group.labelVi())).contains(group);
		assertThat(ProductGroup.parse(group.labelEn())).contains(group);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "rau", "thực phẩm chức năng", "vegetables" })
	void findsNoGroupInOtherText(String text) {
		assertThat(ProductGroup.parse(text)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			FOOD        | food        | Thực phẩm
			BEVERAGES   | beverages   | Đồ uống
			HERBAL      | herbal      | Thảo dược
			HANDICRAFTS | handicrafts | Thủ công mỹ nghệ
			TEXTILES    | textiles    | Vải và may mặc
			ORNAMENTAL  | ornamental  | Sinh vật cảnh
			TOURISM     | tourism     | Dịch vụ du lịch cộng đồng
			""")
	void hasALowercaseCodeAndAVietnameseLabel(ProductGroup group, String code, String labelVi) {
		assertThat(group.code()).isEqualTo(code);
		assertThat(group.labelVi()).isEqualTo(labelVi);
		assertThat(group.labelEn()).isNotBlank();
	}

}
