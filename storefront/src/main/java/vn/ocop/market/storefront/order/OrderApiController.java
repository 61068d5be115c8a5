package vn.ocop.market.storefront.order;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.catalog.order.OrderView;
import vn.ocop.market.storefront.cart.ApiErrors;
import vn.ocop.market.storefront.system.SiteUrl;

/**
 * An order and its timeline as JSON, for the holder of its link's token.
 */
@RestController
class OrderApiController {

	private final OrderQueries orders;

	OrderApiController(OrderQueries orders) {
		this.orders = orders;
	}

	@GetMapping("/api/orders/{reference}")
	Mono<ResponseEntity<Map<String, Object>>> order(@PathVariable String reference,
			@RequestParam(name = "token", required = false) String token, ServerWebExchange exchange) {
		return this.orders.byLink(reference, token)
			.map((order) -> ResponseEntity.ok(json(order, SiteUrl.of(exchange))))
			.defaultIfEmpty(ApiErrors.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "No such order"));
	}

	private static Map<String, Object> json(OrderView order, String site) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reference", order.reference());
		body.put("status", order.status().name());
		body.put("paymentMethod", order.method().name());
		body.put("subtotalVnd", order.subtotalVnd());
		body.put("shippingVnd", order.shippingVnd());
		body.put("totalVnd", order.totalVnd());
		body.put("paidVnd", order.paidVnd());
		body.put("refundedVnd", order.refundedVnd());
		body.put("holdUntil", order.holdUntil());
		body.put("orderUrl", site + order.path());
		body.put("shipments", order.shipments().stream().map((shipment) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("from", shipment.from());
			item.put("feeVnd", shipment.feeVnd());
			item.put("weightGrams", shipment.weightGrams());
			item.put("shippedAt", shipment.shippedAt());
			item.put("lines",
					shipment.lines()
						.stream()
						.map((line) -> Map.of("slug", line.slug(), "name", line.name(), "quantity", line.quantity(),
								"unitPriceVnd", line.unitPriceVnd()))
						.toList());
			return item;
		}).toList());
		body.put("timeline", order.timeline().stream().map((event) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("at", event.at());
			item.put("from", (event.from() != null) ? event.from().name() : null);
			item.put("to", event.to().name());
			item.put("note", event.note());
			return item;
		}).toList());
		return body;
	}

}
