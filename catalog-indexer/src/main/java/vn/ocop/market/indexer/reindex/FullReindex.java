package vn.ocop.market.indexer.reindex;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.ocop.market.indexer.search.IndexAdmin;
import vn.ocop.market.indexer.search.ProductDocuments;
import vn.ocop.market.indexer.search.SearchWriter;
import vn.ocop.market.indexer.search.VersionedDocument;

/**
 * Builds a new index from every product beside the live one, then swaps the alias in one
 * request and drops the old index: searches never see a missing or half-built index.
 * Changes made meanwhile are not lost: the outbox writes them through the building alias
 * as well, and versions keep the newest snapshot of each product whichever write lands
 * last.
 */
@Component
class FullReindex {

	private static final Logger logger = LoggerFactory.getLogger(FullReindex.class);

	private final IndexAdmin indices;

	private final ProductDocuments documents;

	private final SearchWriter writer;

	private final ReindexRequests requests;

	private final ReindexProperties properties;

	FullReindex(IndexAdmin indices, ProductDocuments documents, SearchWriter writer, ReindexRequests requests,
			ReindexProperties properties) {
		this.indices = indices;
		this.documents = documents;
		this.writer = writer;
		this.requests = requests;
		this.properties = properties;
	}

	Mono<Void> run(long request) {
		return this.indices.createBuildIndex()
			.flatMap((index) -> this.requests.building(request, index)
				.then(copy(request, index, 0, 0))
				.flatMap((count) -> this.indices.refresh(index).then(this.indices.swap(index)))
				.flatMap(this::dropLater)
				.then(this.requests.done(request))
				.doOnSuccess((done) -> logger.info("Reindex {} into {} done", request, index))
				.onErrorResume((ex) -> this.indices.delete(List.of(index)).onErrorComplete().then(Mono.error(ex))))
			.onErrorResume((ex) -> {
				logger.error("Reindex {} failed", request, ex);
				return this.requests.failed(request, ex.toString());
			});
	}

	private Mono<Long> copy(long request, String index, long afterId, long copied) {
		return this.documents.page(afterId, this.properties.pageSize()).collectList().flatMap((page) -> {
			if (page.isEmpty()) {
				return Mono.just(copied);
			}
			long total = copied + page.size();
			return this.writer.writeTo(index, page).flatMap((result) -> {
				if (!result.failures().isEmpty()) {
					return Mono.error(new IllegalStateException("Documents refused: " + result.failures()));
				}
				return this.requests.progress(request, total);
			}).then(Mono.defer(() -> copy(request, index, last(page), total)));
		});
	}

	private Mono<Void> dropLater(List<String> previous) {
		return Mono.delay(this.properties.oldIndexGrace()).then(this.indices.delete(previous));
	}

	private static long last(List<VersionedDocument> page) {
		return page.get(page.size() - 1).productId();
	}

}
