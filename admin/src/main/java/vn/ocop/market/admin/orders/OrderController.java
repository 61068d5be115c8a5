package vn.ocop.market.admin.orders;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.stripe.exception.StripeException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ocop.market.admin.files.Download;
import vn.ocop.market.admin.files.Table;
import vn.ocop.market.admin.system.Forms;
import vn.ocop.market.catalog.order.IllegalTransitionException;
import vn.ocop.market.catalog.order.OrderReads;
import vn.ocop.market.catalog.order.OrderStatus;
import vn.ocop.market.catalog.order.OrderView;
import vn.ocop.market.catalog.order.PaymentMethod;
import vn.ocop.market.catalog.payment.StripeGateway;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.catalog.stock.StockException;

/**
 * The office's orders: the filtered list and its export, one order with its timeline and
 * the steps it may take next, and a packing slip per shipment.
 */
@Controller
class OrderController {

	private final OrderList list;

	private final OrderReads reads;

	private final OrderDesk desk;

	private final PackingSlips slips;

	private final ProvinceRegistry provinces;

	private final StripeGateway stripe;

	private final MessageSource messages;

	private final DatabaseClient db;

	OrderController(OrderList list, OrderReads reads, OrderDesk desk, PackingSlips slips, ProvinceRegistry provinces,
			StripeGateway stripe, MessageSource messages, DatabaseClient db) {
		this.list = list;
		this.reads = reads;
		this.desk = desk;
		this.slips = slips;
		this.provinces = provinces;
		this.stripe = stripe;
		this.messages = messages;
		this.db = db;
	}

	@GetMapping("/orders")
	Mono<String> list(ServerWebExchange exchange, Model model) {
		MultiValueMap<String, String> params = exchange.getRequest().getQueryParams();
		OrderFilter filter = OrderFilter.of(params, this.provinces);
		return this.list.page(filter).collectList().map((rows) -> {
			model.addAttribute("orders", rows.subList(0, Math.min(rows.size(), OrderFilter.PAGE)));
			model.addAttribute("filter", filter);
			model.addAttribute("params", params.toSingleValueMap());
			model.addAttribute("statuses", OrderStatus.values());
			model.addAttribute("methods", PaymentMethod.values());
			model.addAttribute("provinces", this.provinces.provinces());
			model.addAttribute("locations", shippingLocations());
			String query = exchange.getRequest().getURI().getRawQuery();
			model.addAttribute("exportQuery", (query != null) ? "?" + query : "");
			model.addAttribute("previous", (filter.page() > 0) ? link(exchange, filter.page() - 1) : null);
			model.addAttribute("next", (rows.size() > OrderFilter.PAGE) ? link(exchange, filter.page() + 1) : null);
			return "orders/list";
		});
	}

	@GetMapping("/orders.{format:csv|xlsx}")
	Mono<ResponseEntity<byte[]>> export(@PathVariable String format, ServerWebExchange exchange, Locale locale) {
		OrderFilter filter = OrderFilter.of(exchange.getRequest().getQueryParams(), this.provinces);
		return this.list.table(filter, (key) -> this.messages.getMessage(key, null, key, locale))
			.publishOn(Schedulers.boundedElastic())
			.map((table) -> Download.table("don-hang", format, table));
	}

	@GetMapping("/orders/{reference:DH[0-9A-Z]{8}}")
	Mono<String> show(@PathVariable String reference, Model model) {
		return order(reference).map((order) -> page(order, null, model));
	}

	@PostMapping("/orders/{reference:DH[0-9A-Z]{8}}/status")
	Mono<String> status(@PathVariable String reference, ServerWebExchange exchange, Principal principal, Model model) {
		return act(reference, exchange, model, (order, form) -> {
			OrderStatus to = status(form.getFirst("to"));
			return (to == null) ? Mono.error(new OrderDesk.Refusal("order.error.not-manual"))
					: this.desk.change(order, to, form.getFirst("note"), principal.getName());
		}, "changed");
	}

	@PostMapping("/orders/{reference:DH[0-9A-Z]{8}}/payments")
	Mono<String> paid(@PathVariable String reference, ServerWebExchange exchange, Principal principal, Model model) {
		return act(reference, exchange, model, (order, form) -> this.desk.paid(order, form.getFirst("bank_ref"),
				amount(form.getFirst("amount"), true), principal.getName()), "paid");
	}

	@PostMapping("/orders/{reference:DH[0-9A-Z]{8}}/refunds")
	Mono<String> refund(@PathVariable String reference, ServerWebExchange exchange, Principal principal, Model model) {
		return act(reference, exchange, model, (order, form) -> {
			Long amount = amount(form.getFirst("amount"), false);
			return (amount == null) ? Mono.error(new OrderDesk.Refusal("order.error.refund-amount")) : this.desk
				.refund(order, amount, form.getFirst("reference"), form.getFirst("key"), principal.getName());
		}, "refunded");
	}

	@PostMapping("/orders/{reference:DH[0-9A-Z]{8}}/settle")
	Mono<String> settle(@PathVariable String reference, ServerWebExchange exchange, Principal principal, Model model) {
		return act(reference, exchange, model,
				(order, form) -> this.desk.settle(order, form.getFirst("note"), principal.getName()), "settled");
	}

	@GetMapping("/orders/{reference:DH[0-9A-Z]{8}}/shipments/{shipment}.pdf")
	Mono<ResponseEntity<byte[]>> slip(@PathVariable String reference, @PathVariable long shipment, Locale locale) {
		return order(reference)
			.flatMap((order) -> order.shipments()
				.stream()
				.filter((s) -> s.id() == shipment)
				.findFirst()
				.map((s) -> this.slips.pdf(order, s, locale))
				.orElseGet(() -> Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND))))
			.map((pdf) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline()
							.filename("phieu-dong-goi-" + reference + "-" + shipment + ".pdf")
							.build()
							.toString())
				.body(pdf));
	}

	/**
	 * Runs a step on the order and shows it again; a refused step answers 422 with its
	 * reason on the order's page.
	 */
	private Mono<String> act(String reference, ServerWebExchange exchange, Model model, Step step, String done) {
		return order(reference).zipWith(exchange.getFormData())
			.flatMap((both) -> Mono.defer(() -> step.apply(both.getT1(), both.getT2()))
				.thenReturn("redirect:/orders/" + reference + "?" + done)
				.onErrorResume((error) -> refusal(error).map((key) -> {
					Forms.refused(exchange);
					return Mono.just(page(both.getT1(), key, model));
				}).orElseGet(() -> Mono.error(error))));
	}

	private static Optional<String> refusal(Throwable error) {
		if (error instanceof OrderDesk.Refusal refusal) {
			return Optional.of(refusal.messageKey());
		}
		if (error instanceof IllegalTransitionException) {
			return Optional.of("order.error.transition");
		}
		if (error instanceof StockException) {
			return Optional.of("order.error.stock");
		}
		if (error instanceof StripeException) {
			return Optional.of("order.error.stripe");
		}
		return Optional.empty();
	}

	private String page(OrderView order, String problem, Model model) {
		model.addAttribute("order", order);
		model.addAttribute("problem", problem);
		model.addAttribute("next", order.status().next().stream().filter(OrderDesk.MANUAL::contains).sorted().toList());
		model.addAttribute("province", this.provinces.byCode(order.provinceCode()).orElse(null));
		model.addAttribute("refundKey", UUID.randomUUID().toString());
		model.addAttribute("stripeEnabled", this.stripe.enabled());
		return "orders/show";
	}

	private Mono<OrderView> order(String reference) {
		return this.reads.head(reference)
			.flatMap(this.reads::whole)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	private Mono<List<Location>> shippingLocations() {
		return this.db.sql("SELECT id, name FROM stock_location WHERE ships_online ORDER BY name")
			.map((row, meta) -> new Location(row.get("id", Long.class), row.get("name", String.class)))
			.all()
			.collectList();
	}

	private static String link(ServerWebExchange exchange, int page) {
		return UriComponentsBuilder.fromPath("/orders")
			.query(exchange.getRequest().getURI().getRawQuery())
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
	}

	private static OrderStatus status(String value) {
		try {
			return OrderStatus.valueOf(String.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A whole number of đồng as typed (dots or spaces between thousands); blank is null
	 * when allowed, anything else that is not a number is a refusal.
	 */
	private static Long amount(String value, boolean blankAllowed) {
		String digits = (value != null) ? value.replaceAll("[.\\s,₫]", "") : "";
		if (digits.isEmpty()) {
			if (blankAllowed) {
				return null;
			}
			throw new OrderDesk.Refusal("order.error.amount");
		}
		if (!digits.matches("\\d{1,12}")) {
			throw new OrderDesk.Refusal("order.error.amount");
		}
		return Long.valueOf(digits);
	}

	@FunctionalInterface
	private interface Step {

		Mono<Void> apply(OrderView order, MultiValueMap<String, String> form);

	}

	record Location(long id, String name) {

	}

}
