package vn.ocop.market.indexer.search;

import org.jspecify.annotations.Nullable;

import vn.ocop.market.catalog.search.ProductDocument;

/**
 * A product's search document as one database snapshot saw it.
 *
 * @param version the newest outbox id of the product in that snapshot: a later snapshot
 * never has a smaller one, so Elasticsearch (external versioning) never lets an older
 * snapshot overwrite a newer one
 * @param document {@code null} when the product no longer exists
 */
public record VersionedDocument(long productId, long version, @Nullable ProductDocument document) {

	public boolean deleted() {
		return this.document == null;
	}

}
