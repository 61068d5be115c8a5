package vn.ocop.market.indexer.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.endpoints.BooleanResponse;
import co.elastic.clients.util.BinaryData;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Writes documents with one {@code _bulk} request, each with its external version
 * ({@code external_gte}): an older snapshot arriving late is refused by Elasticsearch and
 * counts as done, since a newer one is already there.
 */
@Component
public class SearchWriter {

	/** The action line of an operation ({@code {"index":{"_id":…,"version":…}}}). */
	private static final long ACTION_BYTES = 120;

	private static final int BULKS_IN_FLIGHT = 2;

	private final ElasticsearchAsyncClient client;

	private final IndexAdmin indices;

	SearchWriter(ElasticsearchAsyncClient client, IndexAdmin indices) {
		this.client = client;
		this.indices = indices;
	}

	/**
	 * Writes through the alias, and through the building alias while a full reindex
	 * builds the next index, so no change made during the reindex is lost. The check
	 * comes after the documents were read: if the build started later, it reads them
	 * itself.
	 */
	public Mono<WriteResult> write(List<VersionedDocument> documents) {
		return Mono.fromFuture(() -> this.client.indices().existsAlias((e) -> e.name(this.indices.buildingAlias())))
			.map(BooleanResponse::value)
			.flatMap((building) -> {
				List<Target> targets = new ArrayList<>(List.of(new Target(this.indices.alias(), true, false)));
				if (building) {
					// gone by the time we write: the swap is done and the alias covers it
					targets.add(new Target(this.indices.buildingAlias(), true, true));
				}
				return bulk(documents, targets);
			});
	}

	/**
	 * Writes every document into one concrete index, as a full reindex does, in bulk
	 * requests of about {@code bulkSize} each (by their encoded size, so a few large
	 * documents do not make an oversized request). The next bulk is assembled, and the
	 * documents it needs read, while the previous one is in flight.
	 * @return each bulk's result, in order
	 */
	public Flux<BulkWritten> writeAllTo(String index, Flux<VersionedDocument> documents, DataSize bulkSize) {
		List<Target> targets = List.of(new Target(index, false, false));
		return Flux.defer(() -> documents.map(this::encode).bufferUntil(new BulkCut(bulkSize.toBytes())))
			.flatMapSequential((bulk) -> send(bulk, targets).map((result) -> new BulkWritten(bulk.size(), result)),
					BULKS_IN_FLIGHT, 1);
	}

	private Mono<WriteResult> bulk(List<VersionedDocument> documents, List<Target> targets) {
		if (documents.isEmpty()) {
			return Mono.just(new WriteResult(Map.of()));
		}
		return send(documents.stream().map(this::encode).toList(), targets);
	}

	private Mono<WriteResult> send(List<Encoded> documents, List<Target> targets) {
		List<BulkOperation> operations = new ArrayList<>();
		List<Long> products = new ArrayList<>();
		List<Target> sentTo = new ArrayList<>();
		for (Target target : targets) {
			for (Encoded document : documents) {
				operations.add(operation(document, target));
				products.add(document.versioned().productId());
				sentTo.add(target);
			}
		}
		return Mono.fromFuture(() -> this.client.bulk((b) -> b.operations(operations)))
			.map((response) -> result(response, products, sentTo));
	}

	private Encoded encode(VersionedDocument document) {
		return new Encoded(document,
				document.deleted() ? null : BinaryData.of(document.document(), this.client._jsonpMapper()));
	}

	private static BulkOperation operation(Encoded encoded, Target target) {
		VersionedDocument document = encoded.versioned();
		String id = Long.toString(document.productId());
		if (document.deleted()) {
			return BulkOperation.of((o) -> o.delete((d) -> d.index(target.name())
				.id(id)
				.version(document.version())
				.versionType(VersionType.ExternalGte)));
		}
		return BulkOperation.of((o) -> o.index((i) -> i.index(target.name())
			.id(id)
			.document(encoded.source())
			.version(document.version())
			.versionType(VersionType.ExternalGte)
			.requireAlias(target.requireAlias())));
	}

	private static WriteResult result(BulkResponse response, List<Long> products, List<Target> sentTo) {
		Map<Long, String> failures = new HashMap<>();
		List<BulkResponseItem> items = response.items();
		for (int i = 0; i < items.size(); i++) {
			String failure = failure(items.get(i), sentTo.get(i));
			if (failure != null) {
				failures.putIfAbsent(products.get(i), failure);
			}
		}
		return new WriteResult(failures);
	}

	private static String failure(BulkResponseItem item, Target target) {
		if (item.error() == null || "version_conflict_engine_exception".equals(item.error().type())) {
			return null;
		}
		if (target.missingIsDone() && item.status() == 404) {
			return null;
		}
		return item.error().type() + ": " + item.error().reason();
	}

	/**
	 * What one bulk of {@link #writeAllTo} wrote.
	 *
	 * @param documents how many documents it carried
	 */
	public record BulkWritten(int documents, WriteResult result) {

	}

	/**
	 * A document as it goes into a bulk request.
	 *
	 * @param source its JSON, {@code null} for a deletion
	 */
	private record Encoded(VersionedDocument versioned, @Nullable BinaryData source) {

		/** Its share of a request: its JSON and its action line. */
		long bytes() {
			return ((this.source != null) ? this.source.size() : 0) + ACTION_BYTES;
		}

	}

	/**
	 * Ends a bulk at the document that fills it to its size.
	 */
	private static final class BulkCut implements Predicate<Encoded> {

		private final long limit;

		private long filled;

		BulkCut(long limit) {
			this.limit = limit;
		}

		@Override
		public boolean test(Encoded document) {
			this.filled += document.bytes();
			if (this.filled < this.limit) {
				return false;
			}
			this.filled = 0;
			return true;
		}

	}

	/**
	 * @param requireAlias refuse to write when the alias is missing, rather than let
	 * Elasticsearch create an index of that name with a guessed mapping
	 * @param missingIsDone a missing alias is not a failure
	 */
	private record Target(String name, boolean requireAlias, boolean missingIsDone) {

	}

}
