package vn.ocop.market.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IssuingLevelTests {

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(textBlock = """
			district,              DISTRICT
			DISTRICT,              DISTRICT
			huyện,                 DISTRICT
			Huyện,                 DISTRICT
			HUYỆN,                 DISTRICT
			huyen,                 DISTRICT
			cấp huyện,             DISTRICT
			Cap Huyen,             DISTRICT
			'  cấp   huyện  ',     DISTRICT
			quận,                  DISTRICT
			thị xã,                DISTRICT
			province,              PROVINCE
			Provincial,            PROVINCE
			tỉnh,                  PROVINCE
			tinh,                  PROVINCE
			Cấp tỉnh,              PROVINCE
			cap tinh,              PROVINCE
			cấp-tỉnh,              PROVINCE
			thành phố,             PROVINCE
			Thanh pho,             PROVINCE
			central,               CENTRAL
			Central,               CENTRAL
			trung ương,            CENTRAL
			Trung uong,            CENTRAL
			cấp trung ương,        CENTRAL
			CẤP TRUNG ƯƠNG,        CENTRAL
			quốc gia,              CENTRAL
			quoc gia,              CENTRAL
			national,              CENTRAL
			""")
	void readsEnglishCodesAndVietnameseWordsWithOrWithoutDiacritics(String text, IssuingLevel level) {
		assertThat(IssuingLevel.parse(text)).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "tỉnh", "cấp huyện", "trung ương" })
	void readsDecomposedVietnamese(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		assertThat(IssuingLevel.parse(decomposed)).isEqualTo(IssuingLevel.parse(text)).isPresent();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "xã", "commune", "bộ trưởng", "tỉnh huyện" })
	void findsNoLevelInOtherText(String text) {
		assertThat(IssuingLevel.parse(text)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			DISTRICT, huyện,      district
			PROVINCE, tỉnh,       province
			CENTRAL,  trung ương, central
			""")
	void labelsEachLevelInVietnameseAndEnglish(IssuingLevel level, String labelVi, String labelEn) {
		assertThat(level.labelVi()).isEqualTo(labelVi);
		assertThat(level.labelEn()).isEqualTo(labelEn);
	}

}
