package vn.ocop.market.catalog.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiter = '|', emptyValue = "", nullValues = "NULL", textBlock = """
			Bánh phồng tôm Sa Đéc|banh-phong-tom-sa-dec
			Nước mắm Cửa Khe 40 độ đạm|nuoc-mam-cua-khe-40-do-dam
			  --Gạo ST25!!  |gao-st25
			Bà Rịa - Vũng Tàu|ba-ria-vung-tau
			Thành phố Hồ Chí Minh|thanh-pho-ho-chi-minh
			ĐẮK LẮK|dak-lak
			Trà "Shan tuyết" (loại 1)|tra-shan-tuyet-loai-1
			!!!|''
			NULL|''
			""")
	void makesSlugs(String text, String slug) {
		assertThat(Slugs.of(text)).isEqualTo(slug);
	}

	@Test
	void cutsLongTextAfterTheLastWholeWord() {
		assertThat(Slugs.of("Đồng ".repeat(20))).isEqualTo("dong-".repeat(15) + "dong");
	}

	@Test
	void keepsAWordEndingExactlyAtTheLimit() {
		String text = "a".repeat(Slugs.MAX_LENGTH) + " b";
		assertThat(Slugs.of(text)).isEqualTo("a".repeat(Slugs.MAX_LENGTH));
	}

	@Test
	void cutsASingleOverlongWordAtTheLimit() {
		assertThat(Slugs.of("x".repeat(100))).isEqualTo("x".repeat(Slugs.MAX_LENGTH));
	}

}
