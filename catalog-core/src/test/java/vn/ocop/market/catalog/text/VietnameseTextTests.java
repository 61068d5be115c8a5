package vn.ocop.market.catalog.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

	@Test
	void foldsEveryCharacterAsTheDefinitionDoes() {
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			String one = String.valueOf(c);
			assertThat(VietnameseText.fold(one)).as("U+%04X", (int) c).isEqualTo(VietnameseText.definition(one));
		}
	}

	@Test
	void foldsMixedTextAsTheDefinitionDoes() {
		// Vietnamese in both normal forms, every kind of space, loose marks, controls,
		// Greek (the final sigma), other scripts and a character beyond the BMP
		String pool = "aăâeêioôơuưyđĐðÐAĂÂEÊIÔƠƯYàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ"
				+ Normalizer.normalize("ệửẫỗĐằ", Normalizer.Form.NFD)
				+ "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
				+ " \t\n\r\u000b\f\u00a0\u1680\u2003\u2007\u202f\u3000\u0085\u001c\u001f\u0000"
				+ "ΑΣσςİıß-·,.0123456789ǅǆﬁ한글漢字" + "\ud83c\udf5a";
		Random random = new Random(2025);
		for (int n = 0; n < 50_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(12); i > 0; i--) {
				text.append(pool.charAt(random.nextInt(pool.length())));
			}
			String s = text.toString();
			assertThat(VietnameseText.fold(s)).as("%s", s.chars().mapToObj((c) -> String.format("U+%04X", c)).toList())
				.isEqualTo(VietnameseText.definition(s));
		}
	}

}
