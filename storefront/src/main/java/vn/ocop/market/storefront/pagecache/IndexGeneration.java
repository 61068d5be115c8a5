package vn.ocop.market.storefront.pagecache;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.Level;
import co.elastic.clients.elasticsearch.indices.IndicesStatsResponse;
import co.elastic.clients.elasticsearch.indices.stats.IndicesStats;
import co.elastic.clients.elasticsearch.indices.stats.ShardStats;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;

import vn.ocop.market.catalog.search.ProductIndex;

/**
 * What the product index holds, as far as a listing can tell: the concrete index behind
 * the alias and the newest sequence number of each primary shard, which moves with every
 * write and survives restarts. Asked every {@code index-poll}; while Elasticsearch does
 * not answer, the generation is unknown and matches nothing.
 */
class IndexGeneration {

	/**
	 * A generation, when it was first seen and when a poll that started last confirmed it
	 * (both {@link System#nanoTime()}).
	 */
	record Seen(String generation, long since, long checkedAt) {

		static final Seen UNKNOWN = new Seen(null, 0, 0);

		/**
		 * Whether a page rendered at {@code renderedAt}, while {@code rendered} was
		 * current, still shows what the index shows: the index has not changed since, the
		 * page was rendered once every write of this generation was searchable (one
		 * refresh interval after it was first seen), and a poll begun within the last
		 * refresh interval found no write since.
		 */
		boolean stillShownBy(Seen rendered, long renderedAt, long now, long refresh) {
			return this.generation != null && this.generation.equals(rendered.generation)
					&& this.since == rendered.since && renderedAt - this.since >= refresh
					&& now - this.checkedAt <= refresh;
		}

	}

	private static final Duration TIMEOUT = Duration.ofSeconds(1);

	private final ElasticsearchAsyncClient client;

	private final ProductIndex index;

	private final AtomicReference<Seen> current = new AtomicReference<>(Seen.UNKNOWN);

	IndexGeneration(ElasticsearchAsyncClient client, ProductIndex index) {
		this.client = client;
		this.index = index;
	}

	Seen current() {
		return this.current.get();
	}

	@Scheduled(fixedDelayString = "${ocop.page-cache.index-poll:250ms}")
	Mono<Void> poll() {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			return Mono
				.fromFuture(() -> this.client.indices()
					.stats((stats) -> stats.index(this.index.alias()).metric("docs").level(Level.Shards)))
				.timeout(TIMEOUT)
				.map(IndexGeneration::generation)
				.onErrorReturn("")
				.doOnNext((generation) -> observe(generation, started))
				.then();
		});
	}

	private void observe(String generation, long started) {
		this.current.updateAndGet((seen) -> {
			if (generation.isEmpty()) {
				return Seen.UNKNOWN;
			}
			long since = generation.equals(seen.generation()) ? seen.since() : System.nanoTime();
			return new Seen(generation, since, started);
		});
	}

	static String generation(IndicesStatsResponse response) {
		StringBuilder generation = new StringBuilder();
		new TreeMap<>(response.indices()).forEach((name, stats) -> generation.append(name)
			.append('/')
			.append(stats.uuid())
			.append(primaries(stats))
			.append(';'));
		return generation.toString();
	}

	private static String primaries(IndicesStats stats) {
		StringBuilder seqNos = new StringBuilder();
		for (Map.Entry<String, List<ShardStats>> shard : new TreeMap<>(stats.shards()).entrySet()) {
			for (ShardStats copy : shard.getValue()) {
				if (copy.routing() != null && copy.routing().primary() && copy.seqNo() != null) {
					seqNos.append(' ').append(shard.getKey()).append(':').append(copy.seqNo().maxSeqNo());
				}
			}
		}
		return seqNos.toString();
	}

}
