package vn.ocop.market.storefront.cart;

import java.net.URI;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * The cart's page and its forms, which work without JavaScript; a small script turns
 * "Thêm vào giỏ" into a request that only updates the header's count.
 */
@Controller
class CartController {

	private final CartCookies cookies;

	private final CartEditor editor;

	CartController(CartCookies cookies, CartEditor editor) {
		this.cookies = cookies;
		this.editor = editor;
	}

	@GetMapping("/gio-hang")
	Mono<String> cart(ServerWebExchange exchange, Model model) {
		return this.cookies.current(exchange).flatMap(this.editor::view).map((quote) -> {
			this.cookies.count(exchange, quote.units());
			return quote;
		}).map((quote) -> page(quote, model)).switchIfEmpty(Mono.fromSupplier(() -> page(null, model)));
	}

	/**
	 * Adds to the cart and goes back to the page the form was on, with a notice; the page
	 * script asks for JSON instead and only updates the header's count.
	 */
	@PostMapping("/gio-hang/them")
	Mono<ResponseEntity<?>> add(ServerWebExchange exchange) {
		boolean script = exchange.getRequest().getHeaders().getAccept().contains(MediaType.APPLICATION_JSON);
		return exchange.getFormData().flatMap((form) -> added(exchange, form).<ResponseEntity<?>>map((quote) -> {
			this.cookies.count(exchange, quote.units());
			return script ? ResponseEntity.ok(Map.of("units", quote.units()))
					: redirect(back(form.getFirst("back"), "added"));
		})
			.onErrorResume(CartEditor.NotAddableException.class,
					(refused) -> Mono
						.just(script ? ResponseEntity.status(422).body(Map.of("error", refused.why().name()))
								: redirect(back(form.getFirst("back"), "notAdded=" + refused.why())))));
	}

	@PostMapping("/gio-hang/cap-nhat")
	Mono<ResponseEntity<Void>> update(ServerWebExchange exchange) {
		return exchange.getFormData().zipWith(this.cookies.current(exchange)).flatMap((both) -> {
			MultiValueMap<String, String> form = both.getT1();
			List<String> slugs = form.getOrDefault("slug", List.of());
			List<String> quantities = form.getOrDefault("quantity", List.of());
			String removed = form.getFirst("remove");
			return Flux.range(0, Math.min(slugs.size(), quantities.size()))
				.concatMap((i) -> this.editor
					.set(both.getT2(), slugs.get(i), slugs.get(i).equals(removed) ? 0 : quantity(quantities.get(i)))
					.onErrorResume(CartEditor.NotAddableException.class, (refused) -> Mono.empty()))
				.then(this.editor.view(both.getT2()))
				.map((quote) -> {
					this.cookies.count(exchange, quote.units());
					return redirect("/gio-hang?updated");
				});
		}).defaultIfEmpty(redirect("/gio-hang"));
	}

	private Mono<Quote> added(ServerWebExchange exchange, MultiValueMap<String, String> form) {
		String slug = String.valueOf(form.getFirst("slug"));
		return this.cookies.currentOrNew(exchange)
			.flatMap((cart) -> this.editor.add(cart, slug, Math.max(1, quantity(form.getFirst("quantity")))));
	}

	private String page(Quote quote, Model model) {
		model.addAttribute("quote", quote);
		model.addAttribute("maxPerLine", this.editor.maxPerLine());
		return "cart/cart";
	}

	/**
	 * Back to the page the form was on (a path of this site only), with a notice.
	 */
	private static String back(String back, String notice) {
		String path = (back != null && back.startsWith("/") && !back.startsWith("//")) ? back : "/gio-hang";
		return path + (path.contains("?") ? "&" : "?") + notice;
	}

	private static ResponseEntity<Void> redirect(String location) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
	}

	static int quantity(String value) {
		return (value != null && value.strip().matches("\\d{1,3}")) ? Integer.parseInt(value.strip()) : 0;
	}

}
