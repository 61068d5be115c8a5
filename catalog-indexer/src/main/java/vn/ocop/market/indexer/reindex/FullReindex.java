package vn.ocop.market.indexer.reindex;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.ocop.market.indexer.search.IndexAdmin;
import vn.ocop.market.indexer.search.ProductDocuments;
import vn.ocop.market.indexer.search.SearchWriter;
import vn.ocop.market.indexer.search.VersionedDocument;

/**
 * Builds a new index from every product beside the live one, then swaps the alias in one
 * request and drops the old index: searches never see a missing or half-built index. The
 * new index is built without refresh or replicas and gets them back before the swap.
 * Changes made meanwhile are not lost: the outbox writes them through the building alias
 * as well, and versions keep the newest snapshot of each product whichever write lands
 * last.
 */
@Component
class FullReindex {

	private static final Logger logger = LoggerFactory.getLogger(FullReindex.class);

	private static final int PAGES_AHEAD = 2;

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
				.then(copy(request, index))
				.then(this.indices.finishBuild(index))
				.then(this.indices.swap(index))
				.flatMap((previous) -> this.requests.done(request).thenReturn(previous))
				.doOnSuccess((previous) -> logger.info("Reindex {} into {} done", request, index))
				.onErrorResume((ex) -> this.indices.delete(List.of(index)).onErrorComplete().then(Mono.error(ex))))
			.flatMap(this::dropLater)
			.onErrorResume((ex) -> {
				logger.error("Reindex {} failed", request, ex);
				return this.requests.failed(request, ex.toString());
			});
	}

	/**
	 * Copies every product, page after page in id order; each page is read while the bulk
	 * before it is in flight, and progress is reported after each bulk.
	 */
	private Mono<Void> copy(long request, String index) {
		AtomicLong copied = new AtomicLong();
		return this.writer.writeAllTo(index, pages().concatMapIterable(Function.identity()), this.properties.bulkSize())
			.concatMap((bulk) -> {
				if (!bulk.result().failures().isEmpty()) {
					return Mono.error(new IllegalStateException("Documents refused: " + bulk.result().failures()));
				}
				return this.requests.progress(request, copied.addAndGet(bulk.documents()));
			})
			.then();
	}

	/**
	 * Every product's document, a page at a time in id order. The pages' bounds are read
	 * first, so that {@value #PAGES_AHEAD} pages are read at once: PostgreSQL runs the
	 * next page's query while this side decodes the current one. The last page has no
	 * upper bound: a product created meanwhile is copied too (and written by the outbox
	 * through the building alias anyway).
	 */
	private Flux<List<VersionedDocument>> pages() {
		return this.documents.pageStarts(this.properties.pageSize())
			.collectList()
			.flatMapMany((starts) -> Flux.range(0, starts.size())
				.flatMapSequential((i) -> this.documents
					.page(starts.get(i), (i + 1 < starts.size()) ? starts.get(i + 1) : Long.MAX_VALUE)
					.collectList(), PAGES_AHEAD));
	}

	/**
	 * Drops the indices the alias left, after a grace for the searches still on them. The
	 * reindex is done already: if this fails, the next reindex deletes them.
	 */
	private Mono<Void> dropLater(List<String> previous) {
		return Mono.delay(this.properties.oldIndexGrace()).then(this.indices.delete(previous)).onErrorResume((ex) -> {
			logger.warn("Could not delete the replaced indices {}: {}", previous, ex.toString());
			return Mono.empty();
		});
	}

}
