package vn.ocop.market.indexer;

import java.time.Duration;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.GetResponse;

import vn.ocop.market.catalog.search.ProductDocument;
import vn.ocop.market.catalog.search.ProductIndex;
import vn.ocop.market.indexer.search.IndexBootstrap;

/**
 * What tests read back from Elasticsearch, always through the alias as the storefront
 * does, once the indexer has created it.
 */
public class IndexedProducts {

	private final ElasticsearchAsyncClient client;

	private final ProductIndex index;

	private final IndexBootstrap bootstrap;

	IndexedProducts(ElasticsearchAsyncClient client, ProductIndex index, IndexBootstrap bootstrap) {
		this.client = client;
		this.index = index;
		this.bootstrap = bootstrap;
	}

	/**
	 * The client, for tests that go behind the indexer's back.
	 */
	public ElasticsearchAsyncClient client() {
		awaitAlias();
		return this.client;
	}

	public String alias() {
		return this.index.alias();
	}

	/**
	 * The document as stored now (a realtime get, no refresh needed), or {@code null}.
	 */
	public ProductDocument get(long productId) {
		awaitAlias();
		GetResponse<ProductDocument> response = this.client
			.get((g) -> g.index(this.index.alias()).id(Long.toString(productId)), ProductDocument.class)
			.join();
		return response.found() ? response.source() : null;
	}

	/**
	 * How many documents a search for the folded name finds (what a consumer sees after
	 * the refresh interval).
	 */
	public long search(String foldedName) {
		awaitAlias();
		return this.client
			.search((s) -> s.index(this.index.alias())
				.size(0)
				.trackTotalHits((t) -> t.enabled(true))
				.query((q) -> q.match((m) -> m.field("nameFolded").query(foldedName).operator(Operator.And))),
					Void.class)
			.join()
			.hits()
			.total()
			.value();
	}

	public long countAll() {
		awaitAlias();
		return this.client.count((c) -> c.index(this.index.alias())).join().count();
	}

	/**
	 * The concrete indices the alias points at.
	 */
	public Set<String> behindAlias() {
		awaitAlias();
		return this.client.indices().getAlias((g) -> g.name(this.index.alias())).join().result().keySet();
	}

	/**
	 * Every concrete product index of this test's prefix.
	 */
	public Set<String> all() {
		awaitAlias();
		return this.client.indices().get((g) -> g.index(this.index.pattern())).join().result().keySet();
	}

	private void awaitAlias() {
		this.bootstrap.ready().block(Duration.ofSeconds(30));
	}

}
