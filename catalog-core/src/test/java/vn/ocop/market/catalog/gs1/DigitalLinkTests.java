package vn.ocop.market.catalog.gs1;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ocop.market.catalog.product.Gtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DigitalLinkTests {

	@ParameterizedTest
	@CsvSource({ "8934588012228, , /01/08934588012228", "8934588012228, L24-03, /01/08934588012228/10/L24-03",
			"96385074, A/1, /01/00000096385074/10/A%2F1", "8934588012228, LÔ 1, ",
			"8934588012228, a&b+c, /01/08934588012228/10/a%26b%2Bc", "8934588012228, a b, " })
	void buildsTheCanonicalPathWithTheLotPercentEncoded(String gtin, String lot, String path) {
		Gtin value = Gtin.parse(gtin).orElseThrow();
		if (path == null) {
			assertThatIllegalArgumentException().isThrownBy(() -> new DigitalLink(value, lot));
			return;
		}
		assertThat(new DigitalLink(value, lot).path()).isEqualTo(path);
	}

	@Test
	void theUriJoinsTheResolverHost() {
		DigitalLink link = DigitalLink.batch(Gtin.parse("8934588012228").orElseThrow(), "L1");
		assertThat(link.uri("https://ocop.vn/")).isEqualTo("https://ocop.vn/01/08934588012228/10/L1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://ocop.vn/01/08934588012228/10/L24-03", "https://ocop.vn/t/ABC123" })
	void theQrCodeDecodesBackToTheUri(String uri) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(uri, 6)));
		String decoded = new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
		assertThat(decoded).isEqualTo(uri);
		assertThat(QrCodes.svg(uri)).startsWith("<svg").contains("viewBox=\"0 0 ").endsWith("</svg>");
	}

}
