package vn.ocop.market.storefront.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringWebFluxTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole page comes out as one buffer holding the very bytes the stock engine writes; a
 * page asked for in chunks still comes in chunks.
 */
class WholePageTemplateEngineTests {

	static final String TEMPLATE = """
			<ul><li th:each="name : ${names}" th:text="${name}" th:title="${name}">x</li></ul>
			<p th:utext="${raw}"></p>""";

	static final Map<String, Object> MODEL = Map.of("names",
			List.of("Bánh phồng tôm Đồng Tháp", "Mắm & \"cá\" <linh>", "Trà Shan tuyết 'Hà Giang'"), "raw",
			"<b>Mỗi xã một sản phẩm</b>");

	@Test
	void aWholePageIsOneBufferWithTheStockEnginesBytes() {
		List<byte[]> whole = render(new WholePageTemplateEngine(), Integer.MAX_VALUE);

		assertThat(whole).hasSize(1);
		assertThat(whole.get(0)).isEqualTo(joined(render(new SpringWebFluxTemplateEngine(), Integer.MAX_VALUE)));
		assertThat(new String(whole.get(0), StandardCharsets.UTF_8))
			.contains("<li title=\"Mắm &amp; &quot;cá&quot; &lt;linh&gt;\">")
			.contains("Trà Shan tuyết &#39;Hà Giang&#39;")
			.contains("<b>Mỗi xã một sản phẩm</b>");
	}

	@Test
	void aPageAskedForInChunksStillComesInChunks() {
		List<byte[]> chunks = render(new WholePageTemplateEngine(), 64);

		assertThat(chunks).hasSizeGreaterThan(1);
		assertThat(joined(chunks)).isEqualTo(joined(render(new SpringWebFluxTemplateEngine(), Integer.MAX_VALUE)));
	}

	private static List<byte[]> render(SpringWebFluxTemplateEngine engine, int chunkBytes) {
		StringTemplateResolver templates = new StringTemplateResolver();
		templates.setTemplateMode(TemplateMode.HTML);
		engine.setTemplateResolver(templates);
		Context context = new Context(Locale.forLanguageTag("vi"), MODEL);
		return Flux
			.from(engine.processStream(TEMPLATE, null, context, DefaultDataBufferFactory.sharedInstance,
					MediaType.TEXT_HTML, StandardCharsets.UTF_8, chunkBytes))
			.map(WholePageTemplateEngineTests::bytes)
			.collectList()
			.block();
	}

	private static byte[] bytes(DataBuffer buffer) {
		byte[] bytes = new byte[buffer.readableByteCount()];
		buffer.read(bytes);
		return bytes;
	}

	private static byte[] joined(List<byte[]> chunks) {
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		chunks.forEach(joined::writeBytes);
		return joined.toByteArray();
	}

}
