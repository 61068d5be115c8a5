package vn.ocop.market.admin.batches;

import java.time.Instant;
import java.time.LocalDate;

import io.r2dbc.spi.Readable;

/**
 * One batch (lot) of a product, with what its label needs.
 */
record Batch(long id, long productId, String productName, String gtin, String lotCode, LocalDate producedOn,
		LocalDate bestBefore, Integer quantity, String originPlace, String originProvince, String traceCode,
		Instant recalledAt, String recallReason, Integer stars, boolean scanned) {

	static Batch of(Readable row) {
		return new Batch(row.get("id", Long.class), row.get("product_id", Long.class),
				row.get("product_name", String.class), row.get("gtin", String.class), row.get("lot_code", String.class),
				row.get("produced_on", LocalDate.class), row.get("best_before", LocalDate.class),
				row.get("quantity", Integer.class), row.get("origin_place", String.class),
				row.get("origin_province", String.class), row.get("trace_code", String.class),
				row.get("recalled_at", Instant.class), row.get("recall_reason", String.class),
				row.get("stars", Integer.class), Boolean.TRUE.equals(row.get("scanned", Boolean.class)));
	}

}
