package vn.ocop.market.storefront.catalog;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Photos producers uploaded, by id: the original, or the thumbnail made on upload. An id
 * never changes its bytes, so browsers may keep them.
 */
@Controller
class PhotoController {

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final DatabaseClient db;

	PhotoController(DatabaseClient db) {
		this.db = db;
	}

	@GetMapping("/anh/{id}")
	Mono<ResponseEntity<byte[]>> original(@PathVariable long id) {
		return photo(id, "original", "content_type");
	}

	@GetMapping("/anh/{id}/nho")
	Mono<ResponseEntity<byte[]>> thumbnail(@PathVariable long id) {
		return photo(id, "thumbnail", "thumbnail_type");
	}

	private Mono<ResponseEntity<byte[]>> photo(long id, String bytes, String type) {
		return this.db.sql("""
				SELECT i.%s AS content_type, i.%s AS bytes FROM product_image i
				JOIN product p ON p.id = i.product_id AND p.status = 'ACTIVE'
				WHERE i.id = :id""".formatted(type, bytes))
			.bind("id", id)
			.map((row, meta) -> ResponseEntity.ok()
				.cacheControl(FOREVER)
				.contentType(MediaType.parseMediaType(row.get("content_type", String.class)))
				.body(row.get("bytes", byte[].class)))
			.one()
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
