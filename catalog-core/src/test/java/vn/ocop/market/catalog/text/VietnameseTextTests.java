package vn.ocop.market.catalog.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

	/** Each letter of the alphabet with its five tones, and what it folds to. */
	private static final List<String> ALPHABET = List.of("a à á ả ã ạ = a", "ă ằ ắ ẳ ẵ ặ = a", "â ầ ấ ẩ ẫ ậ = a",
			"e è é ẻ ẽ ẹ = e", "ê ề ế ể ễ ệ = e", "i ì í ỉ ĩ ị = i", "o ò ó ỏ õ ọ = o", "ô ồ ố ổ ỗ ộ = o",
			"ơ ờ ớ ở ỡ ợ = o", "u ù ú ủ ũ ụ = u", "ư ừ ứ ử ữ ự = u", "y ỳ ý ỷ ỹ ỵ = y", "A À Á Ả Ã Ạ = a",
			"Ă Ằ Ắ Ẳ Ẵ Ặ = a", "Â Ầ Ấ Ẩ Ẫ Ậ = a", "E È É Ẻ Ẽ Ẹ = e", "Ê Ề Ế Ể Ễ Ệ = e", "I Ì Í Ỉ Ĩ Ị = i",
			"O Ò Ó Ỏ Õ Ọ = o", "Ô Ồ Ố Ổ Ỗ Ộ = o", "Ơ Ờ Ớ Ở Ỡ Ợ = o", "U Ù Ú Ủ Ũ Ụ = u", "Ư Ừ Ứ Ử Ữ Ự = u",
			"Y Ỳ Ý Ỷ Ỹ Ỵ = y", "đ Đ = d", "b B = b", "c C = c", "d D = d", "g G = g", "h H = h", "k K = k", "l L = l",
			"m M = m", "n N = n", "p P = p", "q Q = q", "r R = r", "s S = s", "t T = t", "v V = v", "x X = x");

	static Stream<Arguments> letters() {
		List<Arguments> cases = new ArrayList<>();
		for (String line : ALPHABET) {
			String[] letterAndFolded = line.split(" = ");
			for (String letter : letterAndFolded[0].split(" ")) {
				cases.add(Arguments.of(letter, "NFC", letterAndFolded[1]));
				cases.add(Arguments.of(Normalizer.normalize(letter, Normalizer.Form.NFD), "NFD", letterAndFolded[1]));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} ({1}) -> {2}")
	@MethodSource("letters")
	void foldsEveryLetterWithEveryToneInEitherNormalForm(String letter, String form, String folded) {
		assertThat(Normalizer.isNormalized(letter, Normalizer.Form.valueOf(form))).isTrue();
		assertThat(VietnameseText.fold(letter)).isEqualTo(folded);
	}

	@Test
	void alphabetTableIsPrecomposedSoTheDecomposedCasesDiffer() {
		String table = String.join(" ", ALPHABET);
		assertThat(Normalizer.isNormalized(table, Normalizer.Form.NFC)).isTrue();
		assertThat(Normalizer.normalize(table, Normalizer.Form.NFD)).hasSizeGreaterThan(table.length());
	}

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
			Bánh phồng tôm Sa Đéc|banh phong tom sa dec
			ĐẮK LẮK|dak lak
			Thừa Thiên - Huế|thua thien - hue
			Khánh Hoà|khanh hoa
			Khánh Hòa|khanh hoa
			  Hà   Nội  |ha noi
			Nước mắm	Cửa Khe|nuoc mam cua khe
			Gạo ST25|gao st25
			ÐỒNG THÁP|dong thap
			""")
	void foldsWordsAndSentences(String text, String folded) {
		assertThat(VietnameseText.fold(text)).isEqualTo(folded);
	}

	@Test
	void collapsesEveryKindOfWhitespace() {
		assertThat(VietnameseText.fold("\u00a0Sơn\u00a0\u00a0La\r\n Lai\u2003Châu ")).isEqualTo("son la lai chau");
	}

	@Test
	void foldsNullAndBlankToEmpty() {
		assertThat(VietnameseText.fold(null)).isEmpty();
		assertThat(VietnameseText.fold(" \t\n")).isEmpty();
	}

}
