package vn.ocop.market.admin.portal;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.admin.account.ProducerScope;
import vn.ocop.market.admin.system.Forms;
import vn.ocop.market.catalog.story.SafeMarkdown;

/**
 * A producer writes a product's story in Markdown. "Preview" re-renders the page with the
 * sanitised HTML; a small script asks {@code /portal/story-preview} while typing. Every
 * save is kept as a revision.
 */
@Controller
class StoryController {

	static final int MAX_STORY = 20_000;

	private final OwnProducts products;

	private final SafeMarkdown markdown;

	StoryController(OwnProducts products, SafeMarkdown markdown) {
		this.products = products;
		this.markdown = markdown;
	}

	@GetMapping("/portal/products/{id}/story")
	Mono<String> edit(@PathVariable long id, ProducerScope scope, Model model) {
		return own(id, scope).map((product) -> page(product, product.storyMd(), model));
	}

	@PostMapping("/portal/products/{id}/story")
	Mono<String> save(@PathVariable long id, ProducerScope scope, ServerWebExchange exchange, Model model) {
		return own(id, scope).zipWith(exchange.getFormData()).flatMap((both) -> {
			String story = both.getT2().getFirst("story");
			story = (story != null) ? story : "";
			if (story.length() > MAX_STORY) {
				Forms.refused(exchange);
				model.addAttribute("error", "story.too-long");
				return Mono.just(page(both.getT1(), story, model));
			}
			if ("preview".equals(both.getT2().getFirst("action"))) {
				return Mono.just(page(both.getT1(), story, model));
			}
			return this.products.saveStory(id, story, scope)
				.thenReturn("redirect:/portal/products/" + id + "/story?saved");
		});
	}

	@PostMapping(path = "/portal/story-preview", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	Mono<String> preview(ServerWebExchange exchange) {
		return exchange.getFormData().map((form) -> {
			String story = form.getFirst("story");
			return this.markdown.render((story != null) ? story.substring(0, Math.min(story.length(), MAX_STORY)) : "");
		});
	}

	private String page(OwnProducts.ProductSummary product, String story, Model model) {
		model.addAttribute("product", product);
		model.addAttribute("story", story);
		model.addAttribute("preview", this.markdown.render((story != null) ? story : ""));
		return "portal/story";
	}

	private Mono<OwnProducts.ProductSummary> own(long id, ProducerScope scope) {
		return this.products.find(id, scope)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
