package vn.ocop.market.storefront.checkout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.storefront.cart.CartCookies;
import vn.ocop.market.storefront.cart.Quote;
import vn.ocop.market.storefront.cart.Quotes;
import vn.ocop.market.storefront.payment.Payments;
import vn.ocop.market.storefront.system.SiteUrl;

/**
 * Checkout in two steps, without JavaScript: the buyer says where to deliver and how to
 * pay, sees the parcels and their fees, then confirms exactly that. If anything moved in
 * between (a price, the stock, a fee), the page says so and asks again. The form's key
 * makes a double click or a refresh the same order.
 */
@Controller
class CheckoutController {

	private final CartCookies cookies;

	private final Quotes quotes;

	private final Checkout checkout;

	private final Destinations destinations;

	private final Payments payments;

	private final OrderMails mails;

	CheckoutController(CartCookies cookies, Quotes quotes, Checkout checkout, Destinations destinations,
			Payments payments, OrderMails mails) {
		this.cookies = cookies;
		this.quotes = quotes;
		this.checkout = checkout;
		this.destinations = destinations;
		this.payments = payments;
		this.mails = mails;
	}

	@GetMapping("/thanh-toan")
	Mono<Rendering> start(ServerWebExchange exchange, Model model) {
		return this.cookies.current(exchange)
			.flatMap((cart) -> this.quotes.of(cart, null))
			.filter((quote) -> !quote.empty())
			.<Rendering>map(
					(quote) -> page(CheckoutForm.empty(UUID.randomUUID().toString()), quote, Map.of(), null, model))
			.defaultIfEmpty(redirect("/gio-hang"));
	}

	@PostMapping("/thanh-toan")
	Mono<Rendering> submit(@Valid @ModelAttribute("form") CheckoutForm form, BindingResult result,
			ServerWebExchange exchange, Model model) {
		Map<String, String> errors = errors(result);
		Province province = this.destinations.of(form.province()).orElse(null);
		if (province == null && !errors.containsKey("province")) {
			errors.put("province", "checkout.error.province");
		}
		if (form.method() != null && !this.payments.offers(form.method())) {
			errors.put("method", "checkout.error.method");
		}
		String key = (form.key() != null && form.key().length() >= 8) ? form.key() : UUID.randomUUID().toString();
		CheckoutForm keyed = new CheckoutForm(form.name(), form.phone(), form.email(), form.province(), form.address(),
				form.method(), key, form.quote());
		return this.cookies.current(exchange).flatMap((cart) -> {
			if (!errors.isEmpty()) {
				return this.quotes.of(cart, province)
					.map((quote) -> refused(exchange, page(keyed, quote, errors, null, model)));
			}
			if (form.quote() == null || form.quote().isBlank()) {
				return this.quotes.of(cart, province)
					.<Rendering>map((quote) -> page(keyed, quote, errors, null, model));
			}
			return this.checkout.place(cart, keyed.buyer(province.code()), province, form.method(), key, form.quote())
				.flatMap((placed) -> placed(placed, exchange))
				.onErrorResume(CheckoutException.class, (refusal) -> refusal(refusal, keyed, exchange, model));
		}).defaultIfEmpty(redirect("/gio-hang"));
	}

	private Mono<Rendering> placed(Checkout.Placed placed, ServerWebExchange exchange) {
		this.cookies.count(exchange, 0);
		if (!placed.again()) {
			this.mails.confirm(placed, SiteUrl.of(exchange));
		}
		if (placed.method() != vn.ocop.market.catalog.order.PaymentMethod.CARD) {
			return Mono.just(redirect(placed.path()));
		}
		return this.payments.cardSession(placed.id(), SiteUrl.of(exchange))
			.<Rendering>map(CheckoutController::redirect)
			.defaultIfEmpty(redirect(placed.path()));
	}

	private Mono<Rendering> refusal(CheckoutException refusal, CheckoutForm form, ServerWebExchange exchange,
			Model model) {
		return switch (refusal.reason()) {
			case EMPTY -> Mono.just(redirect("/gio-hang"));
			case CART_CHANGED -> Mono.just(redirect("/gio-hang?changed"));
			case KEY_REUSED -> Mono.just(refused(exchange,
					page(new CheckoutForm(form.name(), form.phone(), form.email(), form.province(), form.address(),
							form.method(), UUID.randomUUID().toString(), ""), null, Map.of(), "checkout.again",
							model)));
			case QUOTE_CHANGED ->
				Mono.just(refused(exchange, page(form, refusal.quote(), Map.of(), "checkout.changed", model)));
			case OUT_OF_STOCK ->
				Mono.just(refused(exchange, page(form, refusal.quote(), Map.of(), "checkout.out-of-stock", model)));
		};
	}

	private Rendering page(CheckoutForm form, Quote quote, Map<String, String> errors, String notice, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("quote", quote);
		model.addAttribute("errors", errors);
		model.addAttribute("notice", notice);
		model.addAttribute("methods", this.payments.offered());
		model.addAttribute("provinces", this.destinations.all());
		model.addAttribute("priced", quote != null && quote.destination() != null && quote.orderable());
		return Rendering.view("checkout/checkout").build();
	}

	private static Rendering refused(ServerWebExchange exchange, Rendering page) {
		exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_ENTITY);
		return page;
	}

	private static Map<String, String> errors(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			String field = switch (error.getField()) {
				case "phoneValid" -> "phone";
				case "emailValid" -> "email";
				default -> error.getField();
			};
			errors.putIfAbsent(field, error.isBindingFailure() ? "checkout.error." + field : error.getDefaultMessage());
		}
		return errors;
	}

	static Rendering redirect(String location) {
		return Rendering.redirectTo(location).build();
	}

}
