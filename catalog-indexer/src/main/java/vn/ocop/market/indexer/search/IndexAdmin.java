package vn.ocop.market.indexer.search;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import co.elastic.clients.transport.endpoints.BooleanResponse;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.search.ProductIndex;

/**
 * The product indices behind the alias. Readers and the outbox always use the alias; a
 * full reindex builds a new index beside the live one, reachable meanwhile through the
 * {@link #buildingAlias() building alias} so that the outbox writes there too, then swaps
 * the alias in one atomic request.
 */
@Component
public class IndexAdmin {

	private final ElasticsearchAsyncClient client;

	private final ProductIndex index;

	IndexAdmin(ElasticsearchAsyncClient client, ProductIndex index) {
		this.client = client;
		this.index = index;
	}

	public String alias() {
		return this.index.alias();
	}

	/**
	 * The alias of the index a full reindex is building, absent otherwise.
	 */
	public String buildingAlias() {
		return this.index.alias() + "_next";
	}

	/**
	 * Creates the first index with the alias pointing at it, unless the alias exists.
	 */
	Mono<Void> ensureAlias() {
		return Mono.fromFuture(() -> this.client.indices().existsAlias((e) -> e.name(alias())))
			.map(BooleanResponse::value)
			.flatMap((exists) -> exists ? Mono.empty()
					: indices().flatMap((all) -> create(all.keySet(), alias(), ProductIndex.mappingJson())))
			.then();
	}

	/**
	 * Brings an index of an older mapping up to date enough to take today's documents:
	 * the new fields are added to it (additions are all a mapping change may be). Its
	 * older documents lack them until a full reindex rebuilds it.
	 * @return whether the live index was of an older mapping
	 */
	Mono<Boolean> addNewFields() {
		String current = this.index.newIndexName(Instant.EPOCH).replaceAll("_[^_]*$", "_");
		return indices().flatMap((all) -> {
			boolean older = all.entrySet()
				.stream()
				.anyMatch((e) -> e.getValue().aliases().containsKey(alias()) && !e.getKey().startsWith(current));
			if (!older) {
				return Mono.just(false);
			}
			return Mono
				.fromFuture(() -> this.client.indices()
					.putMapping((p) -> p.index(alias()).withJson(new StringReader(ProductIndex.mappingsJson()))))
				.thenReturn(true);
		});
	}

	/**
	 * Deletes what earlier failed or abandoned builds left, then creates an empty index
	 * of the current mapping behind the building alias, set for a bulk load: no refresh
	 * and no replica until {@link #finishBuild(String)}. Only one reindex runs at a time.
	 * @return the new index's name
	 */
	public Mono<String> createBuildIndex() {
		return indices().flatMap((all) -> {
			List<String> orphans = all.entrySet()
				.stream()
				.filter((e) -> !e.getValue().aliases().containsKey(alias()))
				.map(Map.Entry::getKey)
				.toList();
			return delete(orphans).then(create(all.keySet(), buildingAlias(), BuildSettings.bulkLoadMappingJson()));
		});
	}

	/**
	 * Gives a built index the refresh interval, replicas and translog durability of the
	 * mapping back, then refreshes it, so that it serves every document once the alias
	 * points at it.
	 */
	public Mono<Void> finishBuild(String name) {
		return Mono
			.fromFuture(() -> this.client.indices()
				.putSettings((p) -> p.index(name)
					.settings((s) -> s.refreshInterval((t) -> t.time(BuildSettings.servingRefreshInterval()))
						.numberOfReplicas(BuildSettings.servingReplicas())
						.translog((t) -> t.durability(TranslogDurability.Request)))))
			.then(refresh(name));
	}

	/**
	 * Points the alias at {@code built} and drops the building alias, in one request.
	 * @return the indices the alias pointed at before
	 */
	public Mono<List<String>> swap(String built) {
		return indices().flatMap((all) -> {
			List<String> previous = all.entrySet()
				.stream()
				.filter((e) -> e.getValue().aliases().containsKey(alias()) && !e.getKey().equals(built))
				.map(Map.Entry::getKey)
				.toList();
			return Mono.fromFuture(() -> this.client.indices().updateAliases((u) -> {
				previous.forEach((old) -> u.actions((a) -> a.remove((r) -> r.index(old).alias(alias()))));
				u.actions((a) -> a.add((add) -> add.index(built).alias(alias())));
				return u.actions((a) -> a.remove((r) -> r.index(built).alias(buildingAlias())));
			})).thenReturn(previous);
		});
	}

	/**
	 * Sets how often the index (or the indices behind the alias) {@code name} refreshes.
	 */
	Mono<Void> refreshEvery(String name, String interval) {
		return Mono
			.fromFuture(() -> this.client.indices()
				.putSettings((p) -> p.index(name).settings((s) -> s.refreshInterval((t) -> t.time(interval)))))
			.then();
	}

	public Mono<Void> refresh(String name) {
		return Mono.fromFuture(() -> this.client.indices().refresh((r) -> r.index(name))).then();
	}

	public Mono<Void> delete(List<String> names) {
		if (names.isEmpty()) {
			return Mono.empty();
		}
		return Mono.fromFuture(() -> this.client.indices().delete((d) -> d.index(names))).then();
	}

	private Mono<Map<String, IndexState>> indices() {
		return Mono.fromFuture(() -> this.client.indices().get((g) -> g.index(this.index.pattern())))
			.map((response) -> response.result());
	}

	private Mono<String> create(Set<String> existing, String aliasName, String mappingJson) {
		Instant stamp = Instant.now();
		while (existing.contains(this.index.newIndexName(stamp))) {
			stamp = stamp.plusSeconds(1);
		}
		String name = this.index.newIndexName(stamp);
		return Mono
			.fromFuture(() -> this.client.indices()
				.create((c) -> c.index(name).withJson(new StringReader(mappingJson)).aliases(aliasName, (a) -> a)))
			.thenReturn(name);
	}

}
