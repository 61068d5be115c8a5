package vn.ocop.market.admin.portal;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.admin.account.ProducerScope;
import vn.ocop.market.admin.files.Uploads;
import vn.ocop.market.admin.system.Forms;

/**
 * The producer's own products, each with its photos and batches.
 */
@Controller
class PortalController {

	private final OwnProducts products;

	private final Photos photos;

	PortalController(OwnProducts products, Photos photos) {
		this.products = products;
		this.photos = photos;
	}

	@GetMapping("/portal")
	Mono<String> list(ProducerScope scope, Model model) {
		model.addAttribute("products", this.products.all(scope).collectList());
		return Mono.just("portal/products");
	}

	@GetMapping("/portal/products/{id}")
	Mono<String> show(@PathVariable long id, ProducerScope scope, Model model) {
		return this.products.find(id, scope)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.map((product) -> {
				model.addAttribute("product", product);
				model.addAttribute("photos", this.photos.of(id).collectList());
				return "portal/product";
			});
	}

	@PostMapping("/portal/products/{id}/photos")
	Mono<String> addPhoto(@PathVariable long id, ServerWebExchange exchange, ProducerScope scope, Model model) {
		return this.products.find(id, scope)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.flatMap((product) -> exchange.getMultipartData())
			.flatMap((parts) -> {
				String alt = (parts.getFirst("alt") instanceof FormFieldPart field) ? field.value() : null;
				if (alt == null || alt.isBlank()) {
					return Mono.error(new Photos.RefusedPhotoException("photo.error.alt"));
				}
				if (!(parts.getFirst("file") instanceof FilePart file)) {
					return Mono.error(new Photos.RefusedPhotoException("photo.error.none"));
				}
				return Uploads.read(file, Photos.MAX_BYTES)
					.switchIfEmpty(Mono.error(new Photos.RefusedPhotoException("photo.error.none")))
					.flatMap((content) -> this.photos.add(id, content, alt, scope));
			})
			.map((photoId) -> "redirect:/portal/products/" + id + "?photo")
			.onErrorResume(Uploads.TooLargeException.class,
					(ex) -> refused(id, "photo.error.too-large", scope, model, exchange))
			.onErrorResume(Photos.RefusedPhotoException.class,
					(ex) -> refused(id, ex.messageKey(), scope, model, exchange));
	}

	@PostMapping("/portal/photos/{id}/delete")
	Mono<String> deletePhoto(@PathVariable long id, ProducerScope scope) {
		return this.photos.delete(id, scope)
			.map((productId) -> "redirect:/portal/products/" + productId + "?photoDeleted#photos")
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	@PostMapping("/portal/photos/{id}/main")
	Mono<String> makeMainPhoto(@PathVariable long id, ProducerScope scope) {
		return this.photos.makeMain(id, scope)
			.map((productId) -> "redirect:/portal/products/" + productId + "?photoMain#photos")
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	@GetMapping("/portal/photos/{id}/thumbnail")
	Mono<ResponseEntity<byte[]>> thumbnail(@PathVariable long id, ProducerScope scope) {
		return this.photos.thumbnail(id, scope)
			.map((thumb) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(thumb.contentType()))
				.body(thumb.bytes()))
			.defaultIfEmpty(ResponseEntity.notFound().build());
	}

	private Mono<String> refused(long id, String messageKey, ProducerScope scope, Model model,
			ServerWebExchange exchange) {
		Forms.refused(exchange);
		model.addAttribute("photoError", messageKey);
		return show(id, scope, model);
	}

}
