package vn.ocop.market.storefront.catalog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.storefront.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * What producers change in the portal reaches the product page: their photos, served from
 * the database, and their story unless an admin hid it.
 */
@IntegrationTest
class UploadedPhotosIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Test
	void uploadedPhotosAreServedAndShownOnTheProductPage() throws Exception {
		long id = product("Mật ong bạc hà Mèo Vạc").insert(this.db);
		byte[] original = png(40, 30);
		byte[] thumbnail = png(8, 6);
		long photo = this.db.sql("""
				INSERT INTO product_image (product_id, content_type, size_bytes, width, height, original, thumbnail,
				                           thumbnail_type, alt_text, uploaded_by)
				VALUES (:product, 'image/png', :size, 40, 30, :original, :thumbnail, 'image/png', 'Hũ mật ong',
				        'producer@test')
				RETURNING id""")
			.bind("product", id)
			.bind("size", original.length)
			.bind("original", original)
			.bind("thumbnail", thumbnail)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
		this.client.get()
			.uri("/san-pham/mat-ong-bac-ha-meo-vac")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(containsString("/anh/" + photo));
		byte[] served = this.client.get()
			.uri("/anh/" + photo)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_PNG)
			.expectHeader()
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(served).isEqualTo(original);
		assertThat(this.client.get()
			.uri("/anh/" + photo + "/nho")
			.exchange()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody()).isEqualTo(thumbnail);
		this.client.get().uri("/anh/987654").exchange().expectStatus().isNotFound();
	}

	@Test
	void aStoryAnAdminHidIsNotShown() {
		long id = product("Chè Shan tuyết Suối Giàng").insert(this.db);
		this.db.sql("UPDATE product SET story_md = 'Cây chè cổ thụ trăm năm' WHERE id = :id")
			.bind("id", id)
			.then()
			.block();
		this.client.get()
			.uri("/san-pham/che-shan-tuyet-suoi-giang")
			.exchange()
			.expectBody(String.class)
			.value(containsString("Cây chè cổ thụ trăm năm"));
		this.db.sql("UPDATE product SET story_hidden = true WHERE id = :id").bind("id", id).then().block();
		this.client.get()
			.uri("/san-pham/che-shan-tuyet-suoi-giang")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(allOf(containsString("Chè Shan tuyết Suối Giàng"), not(containsString("Cây chè cổ thụ trăm năm"))));
	}

	private static byte[] png(int width, int height) throws Exception {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
	}

}
