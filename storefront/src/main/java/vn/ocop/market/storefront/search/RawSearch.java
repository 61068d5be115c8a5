package vn.ocop.market.storefront.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.json.stream.JsonGenerator;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Cancellable;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Sends the listing's searches and reads the answer straight into the few records below.
 * The request is built with the Java client's typed builders; only the answer skips the
 * client's typed response, whose deserializer (JSON-P over Jackson, a builder per field)
 * was a seventh of a listing's CPU under JFR. {@code filter_path} leaves out of the
 * answer what no page reads.
 */
@Component
class RawSearch {

	private static final String FILTER_PATH = "hits.total.value,hits.hits._source,hits.hits.highlight,"
			+ "aggregations.*." + SearchRequests.VALUES + ".buckets";

	private final RestClient rest;

	private final JsonpMapper requests;

	private final ObjectMapper answers = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	RawSearch(ElasticsearchAsyncClient client) {
		this.rest = ((RestClientTransport) client._transport()).restClient();
		this.requests = client._jsonpMapper();
	}

	/**
	 * The search on the index (or alias), with Elasticsearch's shard request cache.
	 */
	Mono<Answer> search(String index, SearchRequest search) {
		return Mono.create((sink) -> {
			Request request = new Request("POST", "/" + index + "/_search");
			request.addParameter("request_cache", "true");
			request.addParameter("filter_path", FILTER_PATH);
			request.setEntity(new ByteArrayEntity(body(search), ContentType.APPLICATION_JSON));
			Cancellable call = this.rest.performRequestAsync(request, new ResponseListener() {

				@Override
				public void onSuccess(Response response) {
					try (InputStream in = response.getEntity().getContent()) {
						sink.success(RawSearch.this.answers.readValue(in, Answer.class));
					}
					catch (IOException | RuntimeException ex) {
						sink.error(ex);
					}
				}

				@Override
				public void onFailure(Exception ex) {
					sink.error(ex);
				}

			});
			sink.onCancel(call::cancel);
		});
	}

	private byte[] body(SearchRequest search) {
		ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
		try (JsonGenerator generator = this.requests.jsonProvider().createGenerator(body)) {
			search.serialize(generator, this.requests);
		}
		return body.toByteArray();
	}

	/**
	 * What a listing reads of Elasticsearch's answer; a list or map it left out (no hits,
	 * no aggregations asked) reads as empty.
	 */
	record Answer(Hits hits, Map<String, Facet> aggregations) {

		long total() {
			return (this.hits != null && this.hits.total() != null) ? this.hits.total().value() : 0;
		}

		List<Hit> documents() {
			return (this.hits != null && this.hits.hits() != null) ? this.hits.hits() : List.of();
		}

		/**
		 * A facet's buckets: the terms of its {@code values} aggregation.
		 */
		List<Bucket> buckets(String facet) {
			Facet found = (this.aggregations != null) ? this.aggregations.get(facet) : null;
			return (found != null && found.values() != null && found.values().buckets() != null)
					? found.values().buckets() : List.of();
		}

	}

	record Hits(Total total, List<Hit> hits) {

	}

	record Total(long value) {

	}

	record Hit(@JsonProperty("_source") IndexedProduct source, Map<String, List<String>> highlight) {

		/**
		 * The field's highlighted text, if Elasticsearch marked anything in it.
		 */
		String highlighted(String field) {
			List<String> fragments = (this.highlight != null) ? this.highlight.get(field) : null;
			return (fragments != null && !fragments.isEmpty()) ? fragments.get(0) : null;
		}

	}

	record Facet(Values values) {

	}

	record Values(List<Bucket> buckets) {

	}

	/**
	 * @param key the term: a number for stars, as text here
	 */
	record Bucket(String key, @JsonProperty("doc_count") long count) {

	}

}
