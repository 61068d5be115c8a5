package vn.ocop.market.indexer.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import vn.ocop.market.catalog.search.ProductIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index a full reindex builds is created for a bulk load, with the mapping's fields
 * unchanged; the settings it gets back are the mapping's.
 */
class BuildSettingsTests {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void theBuildIndexSkipsRefreshReplicasAndTheTranslogSyncOfEachBulk() throws Exception {
		JsonNode build = this.json.readTree(BuildSettings.bulkLoadMappingJson());
		JsonNode settings = build.path("settings");
		assertThat(settings.path("refresh_interval").asText()).isEqualTo("-1");
		assertThat(settings.path("number_of_replicas").asInt()).isZero();
		assertThat(settings.path("translog.durability").asText()).isEqualTo("async");
		assertThat(build.path("mappings")).isEqualTo(this.json.readTree(ProductIndex.mappingJson()).path("mappings"));
	}

	@Test
	void servingSettingsAreTheMappings() {
		assertThat(BuildSettings.servingRefreshInterval()).isEqualTo("1s");
		assertThat(BuildSettings.servingReplicas()).isEqualTo("0");
	}

}
