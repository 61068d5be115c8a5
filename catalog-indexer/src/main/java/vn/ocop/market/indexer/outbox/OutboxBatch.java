package vn.ocop.market.indexer.outbox;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.ocop.market.indexer.search.ProductDocuments;
import vn.ocop.market.indexer.search.SearchWriter;
import vn.ocop.market.indexer.search.WriteResult;

/**
 * One pass over the outbox: claim rows, rebuild each product's document once from one
 * snapshot, write them all with one bulk request, settle each row.
 */
@Component
class OutboxBatch {

	private final OutboxRows rows;

	private final ProductDocuments documents;

	private final SearchWriter writer;

	private final OutboxMetrics metrics;

	private final OutboxProperties properties;

	OutboxBatch(OutboxRows rows, ProductDocuments documents, SearchWriter writer, OutboxMetrics metrics,
			OutboxProperties properties) {
		this.rows = rows;
		this.documents = documents;
		this.writer = writer;
		this.metrics = metrics;
		this.properties = properties;
	}

	Mono<BatchResult> process() {
		return this.rows.claim(this.properties.batchSize(), this.properties.lease())
			.collectList()
			.flatMap((claimed) -> claimed.isEmpty() ? Mono.just(BatchResult.EMPTY) : sync(claimed));
	}

	private Mono<BatchResult> sync(List<ClaimedRow> claimed) {
		List<Long> ids = claimed.stream().map(ClaimedRow::id).toList();
		Set<Long> products = new LinkedHashSet<>();
		claimed.forEach((row) -> products.add(row.productId()));
		return this.documents.byIds(products)
			.collectList()
			.flatMap(this.writer::write)
			.onErrorResume((ex) -> this.rows.release(ids).onErrorComplete().then(Mono.error(ex)))
			.flatMap((result) -> settle(claimed, ids, result));
	}

	private Mono<BatchResult> settle(List<ClaimedRow> claimed, List<Long> ids, WriteResult result) {
		Map<Long, String> failed = new HashMap<>();
		claimed.stream()
			.filter((row) -> result.failed(row.productId()))
			.forEach((row) -> failed.put(row.id(), result.failures().get(row.productId())));
		List<Long> done = ids.stream().filter((id) -> !failed.containsKey(id)).toList();
		return this.rows.processed(done)
			.doOnNext(this.metrics::recordLag)
			.count()
			.flatMap((processed) -> this.rows.failed(failed, this.properties)
				.thenReturn(new BatchResult(ids, processed.intValue(), failed.size())));
	}

}
