package vn.ocop.market.admin.batches;

import java.security.Principal;
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
 * The office recalls a lot, or lifts a recall: the storefront shows a recalled lot loudly
 * on its traceability page, and both stay in the lot's journey with who, when and why.
 */
@Controller
class RecallController {

	/** Where the office's own stages of a journey happen. */
	static final String OFFICE = "Văn phòng điều phối OCOP";

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
				SELECT b.id, b.lot_code, b.produced_on, b.recalled_at, b.recall_reason, p.name,
				       (SELECT e.actor FROM trace_event e WHERE e.batch_id = b.id AND e.kind = 'RECALLED'
				        ORDER BY e.at DESC, e.id DESC LIMIT 1) AS recalled_by
				FROM batch b JOIN product p ON p.id = b.product_id
				WHERE (:product = 0 OR b.product_id = :product) AND (:lot = '' OR b.lot_code ILIKE '%' || :lot || '%')
				ORDER BY b.created_at DESC LIMIT 50""")
			.bind("product", (productId != null) ? productId : 0L)
			.bind("lot", (lot != null) ? lot.strip() : "")
			.map((row, meta) -> new Row(row.get("id", Long.class), row.get("name", String.class),
					row.get("lot_code", String.class), row.get("produced_on", LocalDate.class),
					row.get("recalled_at", Instant.class), row.get("recall_reason", String.class),
					row.get("recalled_by", String.class)))
			.all()
			.collectList());
		return Mono.just("batches/recalls");
	}

	/**
	 * Recalls a lot and records it as a stage of its journey, in one statement.
	 */
	@PostMapping("/recalls/{batchId}")
	Mono<String> recall(@PathVariable long batchId, ServerWebExchange exchange, Principal principal) {
		return change(batchId, exchange, principal, """
				WITH changed AS (
				    UPDATE batch SET recalled_at = now(), recall_reason = :reason
				    WHERE id = :id AND recalled_at IS NULL RETURNING id)
				INSERT INTO trace_event (batch_id, at, kind, place, note, actor)
				SELECT id, now(), 'RECALLED', :place, :reason, :actor FROM changed""", "recalled");
	}

	/**
	 * Lets a recalled lot be sold again (a second test passed, the recall was a mistake),
	 * with the reason recorded as a stage of its journey.
	 */
	@PostMapping("/recalls/{batchId}/lift")
	Mono<String> lift(@PathVariable long batchId, ServerWebExchange exchange, Principal principal) {
		return change(batchId, exchange, principal, """
				WITH changed AS (
				    UPDATE batch SET recalled_at = NULL, recall_reason = NULL
				    WHERE id = :id AND recalled_at IS NOT NULL RETURNING id)
				INSERT INTO trace_event (batch_id, at, kind, place, note, actor)
				SELECT id, now(), 'RECALL_LIFTED', :place, :reason, :actor FROM changed""", "lifted");
	}

	private Mono<String> change(long batchId, ServerWebExchange exchange, Principal principal, String sql,
			String done) {
		return exchange.getFormData().flatMap((form) -> {
			String reason = BatchForm.trim(form.getFirst("reason"));
			if (reason.isEmpty()) {
				return Mono.just("redirect:/recalls?error=reason#batch-" + batchId);
			}
			return this.db.sql(sql)
				.bind("reason", reason)
				.bind("id", batchId)
				.bind("place", OFFICE)
				.bind("actor", principal.getName())
				.fetch()
				.rowsUpdated()
				.flatMap((count) -> (count > 0) ? Mono.just("redirect:/recalls?" + done + "=" + batchId)
						: BatchController.notFound());
		});
	}

	record Row(long id, String productName, String lot, LocalDate producedOn, Instant recalledAt, String reason,
			String recalledBy) {

	}

}
