package vn.ocop.market.storefront.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTests {

	private final MessageSource messages = Bundles.messages();

	private final Words words = new Words(this.messages);

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void everyMessageReadsAsTheMessageSourceWritesIt(String language) throws IOException {
		Locale locale = Locale.forLanguageTag(language);
		Properties bundle = bundle(language);
		int withArgument = 0;
		for (String code : bundle.stringPropertyNames()) {
			String pattern = bundle.getProperty(code);
			assertThat(this.words.get(code, locale)).as(code).isEqualTo(this.messages.getMessage(code, null, locale));
			if (pattern.contains("{0}") && !pattern.contains("{1}") && !pattern.contains("{0,")) {
				withArgument++;
				// a text with what a MessageFormat pattern or HTML would read as markup
				String text = "Nước mắm {1} 'Cửa Hội' <40°>";
				assertThat(this.words.with(code, locale, text)).as(code)
					.isEqualTo(this.messages.getMessage(code, new Object[] { text }, locale))
					.contains(text);
			}
		}
		assertThat(withArgument).as("messages with one argument").isGreaterThan(20);
	}

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void aMessageIsResolvedOncePerLanguage(String language) {
		Locale locale = Locale.forLanguageTag(language);
		String first = this.words.with("stars.label", locale, "4");
		assertThat(this.words.with("stars.label", locale, "4")).isEqualTo(first);
		assertThat(first).isEqualTo("vi".equals(language) ? "4 sao" : "4 stars");
		assertThat(this.words.get("cart.add", locale)).isSameAs(this.words.get("cart.add", locale));
	}

	private static Properties bundle(String language) throws IOException {
		Properties bundle = new Properties();
		try (InputStream in = WordsTests.class.getResourceAsStream("/messages_" + language + ".properties")) {
			bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return bundle;
	}

}
