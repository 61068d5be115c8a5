package vn.ocop.market.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.ocop.market.catalog.search.ProductIndex;

/**
 * The index settings of a full reindex. An index being built is read by nobody, so it
 * skips the periodic refresh (each makes a segment Elasticsearch merges again) and
 * replicas (each copies every document once more), and its translog is synced in the
 * background rather than on every bulk: if the node stops mid-build, the reindex fails
 * and the half-built index is dropped anyway. Once complete it gets the mapping's own
 * settings back.
 */
final class BuildSettings {

	private static final ObjectMapper json = new ObjectMapper();

	private BuildSettings() {
	}

	/**
	 * The mapping with refresh disabled and no replica, for creating a build index.
	 */
	static String bulkLoadMappingJson() {
		ObjectNode mapping = (ObjectNode) read(ProductIndex.mappingJson());
		((ObjectNode) mapping.path("settings")).put("refresh_interval", "-1")
			.put("number_of_replicas", 0)
			.put("translog.durability", "async");
		return mapping.toString();
	}

	static String servingRefreshInterval() {
		return serving().path("refresh_interval").asText("1s");
	}

	static String servingReplicas() {
		return serving().path("number_of_replicas").asText("1");
	}

	private static JsonNode serving() {
		return read(ProductIndex.mappingJson()).path("settings");
	}

	private static JsonNode read(String text) {
		try {
			return json.readTree(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
