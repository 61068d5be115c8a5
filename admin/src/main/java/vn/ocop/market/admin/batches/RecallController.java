package vn.ocop.market.admin.batches;

import java.time.Instant;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

/**
 * The office recalls a lot: the storefront then shows it loudly on its traceability page.
 */
@Controller
class RecallController {

	private final DatabaseClient db;

	RecallController(DatabaseClient db) {
		this.db = db;
	}

	@GetMapping("/recalls")
	Mono<String> list(@RequestParam(name = "product", required = false) Long productId,
			@RequestParam(name = "lot", required = false) String lot, Model model) {
		model.addAttribute("lot", lot);
		model.addAttribute("product", productId);
		model.addAttribute("batches", this.db.sql("""
				SELECT b.id, b.lot_code, b.produced_on, b.recalled_at, b.recall_reason, p.name
				FROM batch b JOIN product p ON p.id = b.product_id
				WHERE (:product = 0 OR b.product_id = :product) AND (:lot = '' OR b.lot_code ILIKE '%' || :lot || '%')
				ORDER BY b.created_at DESC LIMIT 50""")
			.bind("product", (productId != null) ? productId : 0L)
			.bind("lot", (lot != null) ? lot.strip() : "")
			.map((row, meta) -> new Row(row.get("id", Long.class), row.get("name", String.class),
					row.get("lot_code", String.class), row.get("produced_on", LocalDate.class),
					row.get("recalled_at", Instant.class), row.get("recall_reason", String.class)))
			.all()
			.collectList());
		return Mono.just("batches/recalls");
	}

	@PostMapping("/recalls/{batchId}")
	Mono<String> recall(@PathVariable long batchId, ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			String reason = BatchForm.trim(form.getFirst("reason"));
			if (reason.isEmpty()) {
				return Mono.just("redirect:/recalls?error=reason");
			}
			return this.db
				.sql("""
						UPDATE batch SET recalled_at = now(), recall_reason = :reason WHERE id = :id AND recalled_at IS NULL""")
				.bind("reason", reason)
				.bind("id", batchId)
				.fetch()
				.rowsUpdated()
				.flatMap((count) -> (count > 0) ? Mono.just("redirect:/recalls?recalled=" + batchId)
						: BatchController.notFound());
		});
	}

	record Row(long id, String productName, String lot, LocalDate producedOn, Instant recalledAt, String reason) {

	}

}
