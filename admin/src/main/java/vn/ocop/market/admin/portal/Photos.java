package vn.ocop.market.admin.portal;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import vn.ocop.market.admin.account.ProducerScope;

import vn.ocop.market.admin.files.FileType;

/**
 * A product's photos: JPEG, PNG or WebP recognised by content, at most 5 MB, stored with
 * a thumbnail (PNG for a PNG, JPEG otherwise); deleted or made the main one by their
 * producer.
 */
@Service
class Photos {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private final DatabaseClient db;

	Photos(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * @return the new photo's id, or an error {@link RefusedPhotoException} naming why
	 */
	Mono<Long> add(long productId, byte[] content, String altText, ProducerScope scope) {
		FileType type = FileType.sniff(content).filter(FileType::isImage).orElse(null);
		if (type == null) {
			return Mono.error(new RefusedPhotoException("photo.error.type"));
		}
		return Mono.fromCallable(() -> Thumbnails.of(content, type))
			.subscribeOn(Schedulers.boundedElastic())
			.switchIfEmpty(Mono.error(new RefusedPhotoException("photo.error.type")))
			.flatMap((thumbnail) -> this.db.sql("""
					INSERT INTO product_image (product_id, position, content_type, size_bytes, width, height, original,
					                           thumbnail, thumbnail_type, alt_text, uploaded_by)
					SELECT :product, coalesce(max(position) + 1, 0), :type, :size, :width, :height, :original, :thumb,
					       :thumbType, :alt, :email
					FROM product_image WHERE product_id = :product
					RETURNING id""")
				.bind("product", productId)
				.bind("type", type.contentType())
				.bind("size", content.length)
				.bind("width", thumbnail.width())
				.bind("height", thumbnail.height())
				.bind("original", content)
				.bind("thumb", thumbnail.bytes())
				.bind("thumbType", (type == FileType.PNG) ? "image/png" : "image/jpeg")
				.bind("alt", altText.strip())
				.bind("email", scope.actor())
				.map((row, meta) -> row.get("id", Long.class))
				.one());
	}

	Flux<PhotoRow> of(long productId) {
		return this.db.sql("""
				SELECT id, alt_text, width, height FROM product_image WHERE product_id = :product ORDER BY position""")
			.bind("product", productId)
			.map((row, meta) -> new PhotoRow(row.get("id", Long.class), row.get("alt_text", String.class),
					row.get("width", Integer.class), row.get("height", Integer.class)))
			.all();
	}

	/**
	 * Deletes a photo of the account's own products.
	 * @return the photo's product, or empty when the photo is not theirs
	 */
	Mono<Long> delete(long photoId, ProducerScope scope) {
		return this.db.sql("""
				DELETE FROM product_image i USING product p
				WHERE i.id = :id AND p.id = i.product_id AND p.producer_id = :producer
				RETURNING i.product_id""")
			.bind("id", photoId)
			.bind("producer", scope.producerId())
			.map((row, meta) -> row.get("product_id", Long.class))
			.one();
	}

	/**
	 * Makes a photo of the account's own products the first one, which the storefront
	 * shows large; the others keep their order behind it.
	 * @return the photo's product, or empty when the photo is not theirs
	 */
	Mono<Long> makeMain(long photoId, ProducerScope scope) {
		return this.db.sql("""
				SELECT i.product_id FROM product_image i JOIN product p ON p.id = i.product_id
				WHERE i.id = :id AND p.producer_id = :producer""")
			.bind("id", photoId)
			.bind("producer", scope.producerId())
			.map((row, meta) -> row.get("product_id", Long.class))
			.one()
			.flatMap((productId) -> this.db.sql("""
					WITH ordered AS (
					    SELECT id, row_number() OVER (ORDER BY id = :id DESC, position, id) - 1 AS position
					    FROM product_image WHERE product_id = :product)
					UPDATE product_image i SET position = o.position
					FROM ordered o WHERE i.id = o.id AND i.position <> o.position""")
				.bind("id", photoId)
				.bind("product", productId)
				.then()
				.thenReturn(productId));
	}

	/**
	 * The thumbnail of a photo of the account's own products.
	 */
	Mono<Thumbnail> thumbnail(long photoId, ProducerScope scope) {
		return this.db.sql("""
				SELECT i.thumbnail_type, i.thumbnail FROM product_image i JOIN product p ON p.id = i.product_id
				WHERE i.id = :id AND p.producer_id = :producer""")
			.bind("id", photoId)
			.bind("producer", scope.producerId())
			.map((row, meta) -> new Thumbnail(row.get("thumbnail_type", String.class),
					row.get("thumbnail", byte[].class)))
			.one();
	}

	record PhotoRow(long id, String altText, int width, int height) {

	}

	record Thumbnail(String contentType, byte[] bytes) {

	}

	static class RefusedPhotoException extends RuntimeException {

		private final String messageKey;

		RefusedPhotoException(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

}
