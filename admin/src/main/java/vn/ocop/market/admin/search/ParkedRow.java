package vn.ocop.market.admin.search;

import java.time.Instant;

/**
 * An outbox row that failed too often to keep retrying on its own.
 *
 * @param productName {@code null} when the product no longer exists
 */
record ParkedRow(long id, long productId, String productName, String reason, int attempts, String lastError,
		Instant createdAt) {

}
