package vn.ocop.market.admin.portal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.ProducerAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

@IntegrationTest
class PhotoIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	PasswordEncoder encoder;

	long productId;

	BrowserSession producer;

	@BeforeEach
	void aProducerWithAProduct() {
		String email = "photo" + System.nanoTime() + "@ocop.test";
		this.productId = new ProducerAccounts(this.db, this.encoder)
			.productWithAccount(product("Bánh phồng tôm " + System.nanoTime()).producer("Cơ sở " + email), email);
		this.producer = BrowserSession.login(this.client, email, ProducerAccounts.PASSWORD);
	}

	@Test
	void aPngNamedJpgIsAcceptedByItsContentAndGetsAThumbnailOfAtMost400Pixels() throws IOException {
		upload(image(1200, 800, "png"), "anh-san-pham.jpg", "Hộp bánh phồng tôm").expectStatus().is3xxRedirection();
		var row = this.db.sql("SELECT content_type, width, height FROM product_image WHERE product_id = :id")
			.bind("id", this.productId)
			.fetch()
			.one()
			.block();
		byte[] thumbnailBytes = this.db.sql("SELECT thumbnail FROM product_image WHERE product_id = :id")
			.bind("id", this.productId)
			.map((r, meta) -> r.get("thumbnail", byte[].class))
			.one()
			.block();
		assertThat(row).containsEntry("content_type", "image/png")
			.containsEntry("width", 1200)
			.containsEntry("height", 800);
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(thumbnailBytes));
		assertThat(thumbnail.getWidth()).isEqualTo(400);
		assertThat(thumbnail.getHeight()).isEqualTo(267);
		long photoId = this.db.sql("SELECT id FROM product_image WHERE product_id = :id")
			.bind("id", this.productId)
			.map((r, meta) -> r.get("id", Long.class))
			.one()
			.block();
		this.producer.client()
			.get()
			.uri("/portal/photos/" + photoId + "/thumbnail")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_PNG);
	}

	@Test
	void aTextFileNamedPngIsRefused() {
		String page = upload("không phải ảnh".getBytes(StandardCharsets.UTF_8), "anh.png", "Ảnh").expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Tệp này không phải ảnh JPEG, PNG hoặc WebP");
		assertThat(count()).isZero();
	}

	@Test
	void aPhotoNeedsAnAltTextAndAtMost5Megabytes() throws IOException {
		assertThat(
				upload(image(10, 10, "jpeg"), "a.jpg", " ").expectBody(String.class).returnResult().getResponseBody())
			.contains("Hãy mô tả ngắn gọn nội dung ảnh");
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(image(10, 10, "jpeg"), 0, large, 0, 3);
		assertThat(upload(large, "big.jpg", "Ảnh lớn").expectBody(String.class).returnResult().getResponseBody())
			.contains("Ảnh lớn hơn 5 MB");
		assertThat(count()).isZero();
	}

	@Test
	void aSmallFileHoldingAHugePictureIsRefusedBeforeDecoding() throws IOException {
		BufferedImage huge = new BufferedImage(8000, 7000, BufferedImage.TYPE_BYTE_BINARY);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(huge, "png", png);
		assertThat(upload(png.toByteArray(), "a.png", "Ảnh").expectBody(String.class).returnResult().getResponseBody())
			.contains("Ảnh quá lớn");
		assertThat(count()).isZero();
	}

	@Test
	void aProducerMakesAPhotoTheMainOneAndDeletesAnother() throws IOException {
		for (String alt : List.of("Ảnh một", "Ảnh hai", "Ảnh ba")) {
			upload(image(40, 30, "png"), "anh.png", alt).expectStatus().is3xxRedirection();
		}
		Map<String, Long> ids = new LinkedHashMap<>();
		this.db.sql("SELECT id, alt_text FROM product_image WHERE product_id = :id ORDER BY id")
			.bind("id", this.productId)
			.map((row, meta) -> Map.entry(row.get("alt_text", String.class), row.get("id", Long.class)))
			.all()
			.doOnNext((entry) -> ids.put(entry.getKey(), entry.getValue()))
			.blockLast();

		this.producer.postForm("/portal/photos/" + ids.get("Ảnh ba") + "/main")
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/portal/products/" + this.productId + "?photoMain#photos");
		assertThat(altTextsInOrder()).containsExactly("Ảnh ba", "Ảnh một", "Ảnh hai");
		String page = this.producer.client()
			.get()
			.uri("/portal/products/" + this.productId + "?photoMain")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Đã đổi ảnh chính.")
			.containsSubsequence("data-photo=\"" + ids.get("Ảnh ba") + "\"", "Ảnh chính",
					"data-photo=\"" + ids.get("Ảnh một") + "\"", "Đặt làm ảnh chính", "Xóa ảnh…",
					"action=\"/portal/photos/" + ids.get("Ảnh một") + "/delete\"", "name=\"_csrf\"", "Xóa hẳn ảnh này");

		long outboxBefore = outboxRows();
		this.producer.postForm("/portal/photos/" + ids.get("Ảnh một") + "/delete").expectStatus().is3xxRedirection();
		assertThat(altTextsInOrder()).containsExactly("Ảnh ba", "Ảnh hai");
		assertThat(outboxRows()).as("the storefront hears of it").isGreaterThan(outboxBefore);
		this.producer.postForm("/portal/photos/" + ids.get("Ảnh một") + "/delete").expectStatus().isNotFound();
	}

	@Test
	void aWebpPhotoIsAcceptedWithAJpegThumbnail() throws IOException {
		// a 1 x 1 lossless WebP
		byte[] webp = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
		upload(webp, "a.webp", "Ảnh WebP").expectStatus().is3xxRedirection();
		var stored = this.db
			.sql("SELECT content_type, thumbnail_type, width, thumbnail FROM product_image WHERE alt_text = 'Ảnh WebP'")
			.fetch()
			.one()
			.block();
		assertThat(stored).containsEntry("content_type", "image/webp")
			.containsEntry("thumbnail_type", "image/jpeg")
			.containsEntry("width", 1);
		ByteBuffer thumbnail = (ByteBuffer) stored.get("thumbnail");
		byte[] bytes = new byte[thumbnail.remaining()];
		thumbnail.get(bytes);
		assertThat(ImageIO.read(new ByteArrayInputStream(bytes))).isNotNull();
	}

	private WebTestClient.ResponseSpec upload(byte[] content, String fileName, String alt) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("alt", alt);
		parts.part("file", content).filename(fileName).contentType(MediaType.IMAGE_JPEG);
		return this.producer.postMultipart("/portal/products/" + this.productId + "/photos", parts);
	}

	private List<String> altTextsInOrder() {
		return this.db.sql("SELECT alt_text FROM product_image WHERE product_id = :id ORDER BY position, id")
			.bind("id", this.productId)
			.map((row, meta) -> row.get("alt_text", String.class))
			.all()
			.collectList()
			.block();
	}

	private long outboxRows() {
		return this.db
			.sql("SELECT count(*) AS n FROM catalog_outbox WHERE product_id = :id AND reason LIKE 'product_image%'")
			.bind("id", this.productId)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private long count() {
		return this.db.sql("SELECT count(*) AS n FROM product_image WHERE product_id = :id")
			.bind("id", this.productId)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

	static byte[] image(int width, int height, String format) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0x0b6b3a);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

}
