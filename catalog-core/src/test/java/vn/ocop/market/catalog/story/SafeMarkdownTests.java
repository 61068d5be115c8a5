package vn.ocop.market.catalog.story;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeMarkdownTests {

	private final SafeMarkdown markdown = new SafeMarkdown();

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					**đậm** và _nghiêng_                    | <p><strong>đậm</strong> và <em>nghiêng</em></p>
					<script>alert(1)</script>               | <p>&lt;script&gt;alert(1)&lt;/script&gt;</p>
					a <img src=x onerror=alert(1)> b        | <p>a &lt;img src=x onerror=alert(1)&gt; b</p>
					[x](javascript:alert(1))                | <p><a rel="nofollow noopener noreferrer ugc" href="">x</a></p>
					[bản đồ](https://example.org)           | <p><a rel="nofollow noopener noreferrer ugc" href="https://example.org">bản đồ</a></p>
					![ảnh đẹp](https://tracker.example/p.gif) | <p>ảnh đẹp</p>
					`# Tiêu đề`                             | <p># Tiêu đề</p>
					- một                                   | <ul>\\n<li>một</li>\\n</ul>
					""")
	void rendersAMinimalSubsetAndNeverAScript(String source, String html) {
		assertThat(this.markdown.render(source)).isEqualTo(html.replace("\\n", "\n") + "\n");
	}

	@ParameterizedTest
	@CsvSource(value = { "''", "'   '" })
	void rendersNothingForNoStory(String source) {
		assertThat(this.markdown.render(source)).isEmpty();
		assertThat(this.markdown.render(null)).isEmpty();
	}

}
