package vn.ocop.market.catalog.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The product index: one mapping definition, versioned. Searches go through the alias; a
 * full reindex builds a new {@code products_v<version>_<time>} index beside the live one
 * and swaps the alias atomically.
 */
public final class ProductIndex {

	/** Bump when the mapping changes: a reindex then builds the new shape. */
	public static final int MAPPING_VERSION = 2;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmss")
		.withZone(ZoneOffset.UTC);

	private final String prefix;

	public ProductIndex(SearchProperties properties) {
		this.prefix = properties.indexPrefix();
	}

	/**
	 * The alias every reader and writer uses.
	 */
	public String alias() {
		return this.prefix + "products";
	}

	/**
	 * A concrete index of the current mapping version, named for when it was built.
	 */
	public String newIndexName(Instant now) {
		return this.prefix + "products_v" + MAPPING_VERSION + "_" + STAMP.format(now);
	}

	/**
	 * Pattern matching every concrete product index of ours, of any version.
	 */
	public String pattern() {
		return this.prefix + "products_v*";
	}

	/**
	 * Only the mappings, for adding new fields to an index of an older version.
	 */
	public static String mappingsJson() {
		try {
			ObjectMapper json = new ObjectMapper();
			return json.writeValueAsString(json.readTree(mappingJson()).get("mappings"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The index settings and mappings as JSON, for the create-index request.
	 */
	public static String mappingJson() {
		try (InputStream in = ProductIndex.class.getResourceAsStream("/search/products-mapping.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
