package vn.ocop.market.storefront.search;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ocop.market.storefront.catalog.NamePart;

import static org.assertj.core.api.Assertions.assertThat;

class FoldedHighlightTests {

	/**
	 * Marks are written [like this] in the cases: [ and ] stand for the highlighter's
	 * tags around the folded text and for the expected marks around the original.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Bánh phồng tôm Sa Đéc      | [banh] [phong] [tom] sa dec  | [Bánh] [phồng] [tôm] Sa Đéc
			Bánh phồng tôm Sa Đéc      | banh phong tom sa [dec]      | Bánh phồng tôm Sa [Đéc]
			ĐẶC SẢN  Hải   Dương       | dac san [hai] [duong]        | ĐẶC SẢN  [Hải]   [Dương]
			Trà sen                    | tra sen                      | Trà sen
			'  Mật ong '               | [mat] ong                    | '  [Mật] ong '
			""")
	void carriesMarksFromTheFoldedTextToTheOriginal(String original, String highlighted, String expected) {
		String tagged = highlighted.replace("[", FoldedHighlight.START).replace("]", FoldedHighlight.END);
		assertThat(render(FoldedHighlight.parts(original, tagged))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Bánh phồng tôm | [banh] phong
			Bánh phồng tôm | [xyz] abc def
			""")
	void marksNothingWhenTheFoldedTextIsNotTheOriginalsFold(String original, String highlighted) {
		String tagged = highlighted.replace("[", FoldedHighlight.START).replace("]", FoldedHighlight.END);
		assertThat(FoldedHighlight.parts(original, tagged)).containsExactly(new NamePart(original, false));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Bánh phồng tôm | [banh] phong tom | [Bánh] phồng tôm
			""")
	void keepsCombiningMarksOfDecomposedTextWithTheirLetter(String original, String highlighted, String expected) {
		String decomposed = Normalizer.normalize(original, Normalizer.Form.NFD);
		String tagged = highlighted.replace("[", FoldedHighlight.START).replace("]", FoldedHighlight.END);
		assertThat(render(FoldedHighlight.parts(decomposed, tagged)))
			.isEqualTo(Normalizer.normalize(expected, Normalizer.Form.NFD));
	}

	private static String render(List<NamePart> parts) {
		StringBuilder text = new StringBuilder();
		parts.forEach((part) -> text.append(part.match() ? "[" + part.text() + "]" : part.text()));
		return text.toString();
	}

}
