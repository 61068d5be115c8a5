package vn.ocop.market.storefront.trace;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.storefront.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;
import static vn.ocop.market.catalog.fixtures.TraceFixtures.batch;

/**
 * The GS1 Digital Link resolver: URI syntax and canonical redirects, unknown stamps,
 * linksets and {@code linkType}, the resolver description and the QR codes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResolverIntegrationTests {

	private static final MediaType LINKSET = MediaType.parseMediaType("application/linkset+json");

	private static final String BATCH = "/01/08934588012228/10/L24-03";

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@LocalServerPort
	int port;

	@BeforeAll
	void catalogue(@Autowired DatabaseClient db) {
		long banh = product("Bánh phồng tôm Sa Đéc").gtin("08934588012228").insert(db);
		batch(banh, "L24-03").traceCode("BPT2403").insert(db);
		batch(banh, "L/24#2").traceCode("BPT2404").insert(db);
		long keo = product("Kẹo dừa Bến Tre").producer("Cơ sở Thanh Long").gtin("00000096385074").insert(db);
		batch(keo, "K1").insert(db);
		product("Mật ong hoa cà phê").producer("Công ty Ong Vàng").gtin("00036000291452").insert(db);
		long nonLa = product("Nón lá bài thơ").producer("Hộ kinh doanh Bà Ngọc").insert(db);
		batch(nonLa, "N1").traceCode("NONLA001").insert(db);
		batch(nonLa, "N2").traceCode("NONLA002").insert(db);
	}

	@Test
	void withoutAProxyOfOursAForwardedAddressIsNotBelieved() {
		for (String claimed : new String[] { "203.0.113.45", "198.51.100.7", "192.0.2.1" }) {
			this.client.get()
				.uri("/t/NONLA002")
				.header("X-Forwarded-For", claimed)
				.header("User-Agent", "Mozilla/5.0 (Linux; Android 14) Chrome/124.0 Mobile Safari/537.36")
				.exchange()
				.expectStatus()
				.isOk();
		}
		assertThat(this.db.sql("""
				SELECT count(*) AS scans, count(DISTINCT client_hash) AS clients
				FROM qr_scan s JOIN batch b ON b.id = s.batch_id WHERE b.trace_code = 'NONLA002'""")
			.map((row, meta) -> row.get("scans", Long.class) + "/" + row.get("clients", Long.class))
			.one()
			.block()).isEqualTo("3/1");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			/01/8934588012228/10/L24-03,         /01/08934588012228/10/L24-03
			/01/8934588012228/10/L24-03?lang=en, /01/08934588012228/10/L24-03?lang=en
			/01/96385074/10/K1,                  /01/00000096385074/10/K1
			/01/036000291452,                    /01/00036000291452
			/01/8934588012228?linkType=gs1:pip,  /01/08934588012228?linkType=gs1:pip
			""")
	void shortGtinsMoveForGoodToTheirFourteenDigitForm(String path, String canonical) {
		this.client.get()
			.uri(URI.create(site() + path))
			.exchange()
			.expectStatus()
			.isEqualTo(301)
			.expectHeader()
			.location(canonical);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			/01/08934588012229,              BAD_GTIN
			/01/08934588012229/10/L24-03,    BAD_GTIN
			/01/12345,                       BAD_GTIN
			/01/08930000000019,              UNKNOWN_GTIN
			/01/08930000000019/10/L24-03,    UNKNOWN_GTIN
			/01/08934588012228/10/L99,       UNKNOWN_LOT
			/01/00036000291452/10/L24-03,    UNKNOWN_LOT
			/t/ZZZZZZZZ,                     UNKNOWN_CODE
			""")
	void unknownStampsGetAPageThatSaysHowToReportThem(String path, String reason) {
		this.client.get()
			.uri(URI.create(site() + path))
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value(allOf(containsString("data-reason=\"" + reason + "\""),
					containsString("Không tìm thấy thông tin của tem này"), containsString("mailto:ocop@mard.gov.vn"),
					containsString("tel:18001234")));
	}

	@Test
	void unknownStampPageSpeaksEnglishWhenAsked() {
		this.client.get()
			.uri("/01/08934588012229?lang=en")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.value(allOf(containsString("We have no record of this stamp"), containsString("check digit is wrong")));
	}

	@Test
	void unknownStampAnswersJsonToALinksetClient() {
		this.client.get()
			.uri("/01/08930000000019/10/L1")
			.accept(LINKSET)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("UNKNOWN_GTIN");
	}

	@Test
	void percentEncodedLotResolves() {
		this.client.get()
			.uri(URI.create(site() + "/01/08934588012228/10/L%2F24%232"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(allOf(containsString("L/24#2"), containsString("BPT2404")));
	}

	@Test
	void batchAnswersAnRfc9264Linkset() {
		String site = site();
		this.client.get()
			.uri(BATCH)
			.accept(LINKSET)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(LINKSET)
			.expectBody()
			.jsonPath("$.linkset[0].anchor")
			.isEqualTo(site + BATCH)
			.jsonPath("$.linkset[0]['https://gs1.org/voc/pip'][0].href")
			.isEqualTo(site + "/san-pham/banh-phong-tom-sa-dec")
			.jsonPath("$.linkset[0]['https://gs1.org/voc/pip'][0].type")
			.isEqualTo("text/html")
			.jsonPath("$.linkset[0]['https://gs1.org/voc/pip'][0].hreflang[0]")
			.isEqualTo("vi")
			.jsonPath("$.linkset[0]['https://gs1.org/voc/pip'][0].title")
			.isEqualTo("Trang sản phẩm Bánh phồng tôm Sa Đéc")
			.jsonPath("$.linkset[0]['https://gs1.org/voc/traceability'][0].href")
			.isEqualTo(site + BATCH)
			.jsonPath("$.linkset[0]['https://gs1.org/voc/certificationInfo'][0].href")
			.isEqualTo(site + "/san-pham/banh-phong-tom-sa-dec#certificate")
			.jsonPath("$.linkset[0]['https://gs1.org/voc/defaultLink'][0].href")
			.isEqualTo(site + BATCH);
	}

	@Test
	void productLinksetListsItsLotsAndDefaultsToTheProductPage() {
		String site = site();
		this.client.get()
			.uri("/01/08934588012228")
			.accept(LINKSET)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.linkset[0].anchor")
			.isEqualTo(site + "/01/08934588012228")
			.jsonPath("$.linkset[0]['https://gs1.org/voc/traceability'].length()")
			.isEqualTo(2)
			.jsonPath("$.linkset[0]['https://gs1.org/voc/traceability'][*].href")
			.value(hasItems(site + BATCH, site + "/01/08934588012228/10/L%2F24%232"))
			.jsonPath("$.linkset[0]['https://gs1.org/voc/defaultLink'][0].href")
			.isEqualTo(site + "/san-pham/banh-phong-tom-sa-dec");
	}

	@Test
	void productWithoutLinkTypeRedirectsToItsPage() {
		this.client.get()
			.uri("/01/08934588012228")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(307)
			.expectHeader()
			.location(site() + "/san-pham/banh-phong-tom-sa-dec");
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(
			textBlock = """
					/01/08934588012228/10/L24-03, gs1:certificationInfo,                  /san-pham/banh-phong-tom-sa-dec#certificate
					/01/08934588012228/10/L24-03, https://gs1.org/voc/certificationInfo,  /san-pham/banh-phong-tom-sa-dec#certificate
					/01/08934588012228/10/L24-03, gs1:pip,                                /san-pham/banh-phong-tom-sa-dec
					/01/08934588012228/10/L24-03, gs1:traceability,                       /01/08934588012228/10/L24-03
					/01/08934588012228,           gs1:certificationInfo,                  /san-pham/banh-phong-tom-sa-dec#certificate
					/t/NONLA001,                  gs1:pip,                                /san-pham/non-la-bai-tho
					""")
	void linkTypeRedirectsToThatLink(String path, String linkType, String target) {
		this.client.get()
			.uri((uri) -> uri.path(path).queryParam("linkType", linkType).build())
			.exchange()
			.expectStatus()
			.isEqualTo(307)
			.expectHeader()
			.location(site() + target);
	}

	@Test
	void unknownLinkTypeIsNotFound() {
		this.client.get()
			.uri(BATCH + "?linkType=gs1:recipeInfo")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.value(containsString("UNKNOWN_LINK_TYPE"));
		this.client.get()
			.uri(BATCH + "?linkType=gs1:recipeInfo")
			.accept(LINKSET)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("UNKNOWN_LINK_TYPE");
	}

	@Test
	void linkTypeLinksetAnswersTheLinksetToAnyClient() {
		this.client.get()
			.uri("/t/NONLA001?linkType=linkset")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(LINKSET)
			.expectBody()
			.jsonPath("$.linkset[0].anchor")
			.isEqualTo(site() + "/t/NONLA001");
	}

	@Test
	void pagesSayWhereTheirLinksetIs() {
		this.client.get()
			.uri(BATCH)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Link", allOf(containsString("<" + site() + BATCH + "?linkType=linkset>; rel=\"linkset\""),
					containsString("rel=\"https://gs1.org/voc/pip\"")));
	}

	@Test
	void productPageTellsSearchEnginesItsDigitalLink() {
		this.client.get()
			.uri("/san-pham/banh-phong-tom-sa-dec")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(containsString("\"hasGS1DigitalLink\":\"" + site() + "/01/08934588012228\""));
	}

	@Test
	void describesTheResolver() {
		this.client.get()
			.uri("/.well-known/gs1resolver")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.resolverRoot")
			.isEqualTo(site())
			.jsonPath("$.supportedPrimaryKeys[0]")
			.isEqualTo("01")
			.jsonPath("$.supportedLinkType[*].linkType")
			.value((types) -> assertThat(types.toString()).contains("gs1:pip", "gs1:traceability",
					"gs1:certificationInfo"))
			.jsonPath("$.linkTypeDefaultCanBeLinkset")
			.isEqualTo(false);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			BPT2403,  /01/08934588012228/10/L24-03
			BPT2404,  /01/08934588012228/10/L%2F24%232
			NONLA001, /t/NONLA001
			""")
	void qrCodeDecodesBackToTheCanonicalAddress(String code, String path) throws Exception {
		byte[] png = this.client.get()
			.uri("/qr/" + code + ".png")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_PNG)
			.expectHeader()
			.value("Cache-Control", containsString("max-age=86400"))
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		String decoded = new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
					Map.of(DecodeHintType.PURE_BARCODE, true))
			.getText();
		assertThat(decoded).isEqualTo(site() + path);
	}

	@Test
	void qrCodeAsSvgAndUnknownCodes() {
		this.client.get()
			.uri("/qr/NONLA001.svg")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("image/svg+xml")
			.expectBody(String.class)
			.value(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\""));
		this.client.get().uri("/qr/NOPE0000.png").exchange().expectStatus().isNotFound();
	}

	private String site() {
		return "http://localhost:" + this.port;
	}

}
