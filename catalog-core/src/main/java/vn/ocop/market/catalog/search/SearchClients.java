package vn.ocop.market.catalog.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * The Elasticsearch client both apps use. Async, so request threads never block: wrap its
 * futures with {@code Mono.fromFuture}. Close the returned transport on shutdown.
 */
public final class SearchClients {

	private SearchClients() {
	}

	public static ElasticsearchAsyncClient create(SearchProperties properties) {
		RestClient rest = RestClient.builder(HttpHost.create(properties.url()))
			.setRequestConfigCallback((config) -> config.setConnectTimeout(2_000).setSocketTimeout(30_000))
			// no credentials here, and the HTTP client's auth cache deserializes a scheme
			// for every request (Java serialization): 1.5 % of a listing's CPU under JFR
			.setHttpClientConfigCallback((client) -> client.disableAuthCaching())
			.build();
		ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		return new ElasticsearchAsyncClient(new RestClientTransport(rest, new JacksonJsonpMapper(json)));
	}

}
