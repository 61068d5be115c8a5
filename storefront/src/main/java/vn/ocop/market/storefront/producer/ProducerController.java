package vn.ocop.market.storefront.producer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

import vn.ocop.market.storefront.catalog.CatalogQueries;
import vn.ocop.market.catalog.story.SafeMarkdown;

/**
 * A producer's page: who they are, their story and their listed products. The address
 * carries the id and the name; an old or shortened name redirects to the current one.
 */
@Controller
class ProducerController {

	private static final Pattern ID = Pattern.compile("([0-9]{1,18})(-[a-z0-9-]*)?");

	private final Producers producers;

	private final CatalogQueries catalog;

	private final SafeMarkdown markdown;

	ProducerController(Producers producers, CatalogQueries catalog, SafeMarkdown markdown) {
		this.producers = producers;
		this.catalog = catalog;
		this.markdown = markdown;
	}

	@GetMapping("/nha-san-xuat/{path}")
	Mono<Rendering> producer(@PathVariable String path) {
		Matcher matcher = ID.matcher(path);
		if (!matcher.matches()) {
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		return this.producers.byId(Long.parseLong(matcher.group(1)))
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.flatMap((producer) -> {
				if (!producer.path().equals("/nha-san-xuat/" + path)) {
					return Mono
						.just(Rendering.redirectTo(producer.path()).status(HttpStatus.MOVED_PERMANENTLY).build());
				}
				return this.catalog.byProducer(producer.id())
					.collectList()
					.map((products) -> Rendering.view("producer/producer")
						.modelAttribute("producer", producer)
						.modelAttribute("story", this.markdown.render(producer.storyMd()))
						.modelAttribute("products", products)
						.build());
			});
	}

}
