package vn.ocop.market.storefront.order;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.catalog.gs1.QrCodes;
import vn.ocop.market.catalog.order.PaymentMethod;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.storefront.checkout.Buyer;
import vn.ocop.market.storefront.payment.Payments;
import vn.ocop.market.storefront.system.SiteUrl;

/**
 * An order's page, reached by its unguessable link (no customer accounts): where it
 * stands, its lines and parcels, how to pay and its timeline. Also found by reference and
 * phone, which answers the same for a wrong reference as for a wrong phone.
 */
@Controller
class OrderController {

	private final OrderQueries orders;

	private final Payments payments;

	private final ProvinceRegistry provinces;

	OrderController(OrderQueries orders, Payments payments, ProvinceRegistry provinces) {
		this.orders = orders;
		this.payments = payments;
		this.provinces = provinces;
	}

	@GetMapping("/don-hang/{reference}")
	Mono<Rendering> order(@PathVariable String reference, @RequestParam(name = "t", required = false) String token,
			ServerWebExchange exchange) {
		return this.orders.byLink(reference, token)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.map((order) -> {
				exchange.getResponse().getHeaders().setCacheControl("private, no-store");
				Rendering.Builder<?> page = Rendering.view("order/order")
					.modelAttribute("order", order)
					.modelAttribute("province", this.provinces.byCode(order.provinceCode()).orElseThrow());
				if (order.method() == PaymentMethod.VIETQR && order.awaitingPayment()) {
					String payload = this.payments.vietQr(order.totalVnd(), order.reference()).payload();
					page.modelAttribute("vietQrPayload", payload)
						.modelAttribute("vietQrSvg", QrCodes.svg(payload))
						.modelAttribute("bank", this.payments.bank());
				}
				return page.build();
			});
	}

	@GetMapping(path = "/don-hang/{reference}/vietqr.svg", produces = "image/svg+xml")
	Mono<ResponseEntity<byte[]>> vietQr(@PathVariable String reference,
			@RequestParam(name = "t", required = false) String token) {
		return this.orders.byLink(reference, token)
			.filter((order) -> order.method() == PaymentMethod.VIETQR)
			.map((order) -> ResponseEntity.ok()
				.contentType(MediaType.valueOf("image/svg+xml"))
				.body(QrCodes.svg(this.payments.vietQr(order.totalVnd(), order.reference()).payload())
					.getBytes(StandardCharsets.UTF_8)))
			.defaultIfEmpty(ResponseEntity.notFound().build());
	}

	/**
	 * Opens (or reopens) the card payment of an order waiting for it, for instance after
	 * Stripe could not be reached at checkout.
	 */
	@PostMapping("/don-hang/{reference}/thanh-toan-the")
	Mono<Rendering> payByCard(@PathVariable String reference, @RequestParam(name = "t", required = false) String token,
			ServerWebExchange exchange) {
		return this.orders.byLink(reference, token)
			.filter((order) -> order.method() == PaymentMethod.CARD && order.awaitingPayment())
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.flatMap((order) -> this.payments.cardSession(order.id(), SiteUrl.of(exchange))
				.map((url) -> Rendering.redirectTo(url).build())
				.defaultIfEmpty(Rendering.redirectTo(order.path() + "&cardUnavailable").build()));
	}

	@GetMapping("/tra-cuu-don-hang")
	String lookup() {
		return "order/lookup";
	}

	@PostMapping("/tra-cuu-don-hang")
	Mono<Rendering> find(ServerWebExchange exchange, Locale locale) {
		return exchange.getFormData().flatMap((form) -> {
			String reference = String.valueOf(form.getFirst("reference")).strip().toUpperCase(Locale.ROOT);
			return this.orders.byPhone(reference, Buyer.phone(form.getFirst("phone")))
				.map((order) -> Rendering.redirectTo(order.path()).build())
				.switchIfEmpty(Mono.fromSupplier(() -> {
					exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
					return Rendering.view("order/lookup")
						.modelAttribute("notFound", true)
						.modelAttribute("reference", reference)
						.build();
				}));
		});
	}

}
