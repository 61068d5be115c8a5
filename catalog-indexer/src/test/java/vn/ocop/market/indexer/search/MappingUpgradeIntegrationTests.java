package vn.ocop.market.indexer.search;

import java.io.StringReader;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.ocop.market.catalog.search.ProductIndex;
import vn.ocop.market.indexer.IndexedProducts;
import vn.ocop.market.indexer.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A system started on an index of an older mapping (its data kept in {@code .ocop/}) gets
 * the new fields added in place, so that today's documents are taken at once.
 */
@IntegrationTest
class MappingUpgradeIntegrationTests {

	@Autowired
	IndexAdmin admin;

	@Autowired
	IndexedProducts indexed;

	@Autowired
	IndexBootstrap bootstrap;

	@Test
	void anIndexOfTheFirstMappingTakesTheStockFields() throws Exception {
		this.bootstrap.ready().block(Duration.ofSeconds(60));
		ElasticsearchAsyncClient client = this.indexed.client();
		String live = this.indexed.behindAlias().iterator().next();
		String older = live.replace("products_v" + ProductIndex.MAPPING_VERSION + "_", "products_v1_");
		ObjectMapper json = new ObjectMapper();
		ObjectNode mapping = (ObjectNode) json.readTree(ProductIndex.mappingJson());
		ObjectNode properties = (ObjectNode) mapping.get("mappings").get("properties");
		properties.remove("inStockOnline");
		properties.remove("availableOnline");
		properties.remove("salesPointIds");
		client.indices().create((c) -> c.index(older).withJson(new StringReader(mapping.toString()))).get();
		client.indices()
			.updateAliases((u) -> u.actions((a) -> a.remove((r) -> r.index(live).alias(this.admin.alias())))
				.actions((a) -> a.add((add) -> add.index(older).alias(this.admin.alias()))))
			.get();
		assertThat(this.admin.addNewFields().block()).isTrue();
		String mapped = client.indices().getMapping((g) -> g.index(older)).get().result().get(older).toString();
		assertThat(mapped).contains("inStockOnline").contains("salesPointIds");
		client.indices()
			.updateAliases((u) -> u.actions((a) -> a.remove((r) -> r.index(older).alias(this.admin.alias())))
				.actions((a) -> a.add((add) -> add.index(live).alias(this.admin.alias()))))
			.get();
		assertThat(this.admin.addNewFields().block()).as("an index of the current mapping is left alone").isFalse();
	}

}
