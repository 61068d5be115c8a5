package vn.ocop.market.admin.portal;

import java.security.Principal;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.catalog.story.SafeMarkdown;

/**
 * The office moderates stories: hide one from the storefront, or restore an earlier
 * revision (which is itself kept as a new revision).
 */
@Controller
class StoryModerationController {

	private final DatabaseClient db;

	private final OwnProducts products;

	private final SafeMarkdown markdown;

	StoryModerationController(DatabaseClient db, OwnProducts products, SafeMarkdown markdown) {
		this.db = db;
		this.products = products;
		this.markdown = markdown;
	}

	@GetMapping("/stories/{productId}")
	Mono<String> show(@PathVariable long productId, Model model) {
		return this.db.sql("SELECT id, name, story_md, story_hidden, producer_id FROM product WHERE id = :id")
			.bind("id", productId)
			.map((row, meta) -> {
				model.addAttribute("productId", row.get("id", Long.class));
				model.addAttribute("productName", row.get("name", String.class));
				model.addAttribute("producerId", row.get("producer_id", Long.class));
				model.addAttribute("hidden", row.get("story_hidden", Boolean.class));
				String story = row.get("story_md", String.class);
				model.addAttribute("preview", this.markdown.render((story != null) ? story : ""));
				return "portal/moderation";
			})
			.one()
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.doOnNext((view) -> model.addAttribute("revisions", this.products.revisions(productId).collectList()));
	}

	@PostMapping("/stories/{productId}/visibility")
	Mono<String> visibility(@PathVariable long productId, ServerWebExchange exchange) {
		return exchange.getFormData()
			.flatMap((form) -> this.db
				.sql("UPDATE product SET story_hidden = :hidden, updated_at = now() WHERE id = :id")
				.bind("hidden", "true".equals(form.getFirst("hidden")))
				.bind("id", productId)
				.fetch()
				.rowsUpdated())
			.flatMap((count) -> done(count, productId));
	}

	@PostMapping("/stories/{productId}/revisions/{revisionId}/restore")
	Mono<String> restore(@PathVariable long productId, @PathVariable long revisionId, Principal principal) {
		return this.db.sql("""
				WITH chosen AS (SELECT story_md FROM story_revision WHERE id = :revision AND product_id = :product),
				     changed AS (UPDATE product SET story_md = (SELECT story_md FROM chosen), updated_at = now()
				                 WHERE id = :product AND EXISTS (SELECT 1 FROM chosen) RETURNING id, story_md)
				INSERT INTO story_revision (product_id, story_md, author) SELECT id, story_md, :author FROM changed""")
			.bind("revision", revisionId)
			.bind("product", productId)
			.bind("author", principal.getName())
			.fetch()
			.rowsUpdated()
			.flatMap((count) -> done(count, productId));
	}

	private static Mono<String> done(long count, long productId) {
		return (count > 0) ? Mono.just("redirect:/stories/" + productId)
				: Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
