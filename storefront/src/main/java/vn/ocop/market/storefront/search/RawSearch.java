package vn.ocop.market.storefront.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
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

	private static final ObjectMapper ANSWERS = new ObjectMapper()
		.registerModule(new SimpleModule().addDeserializer(LocalDate.class, new IsoDate()))
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
						sink.success(read(in));
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

	static Answer read(InputStream answer) throws IOException {
		return ANSWERS.readValue(answer, Answer.class);
	}

	private byte[] body(SearchRequest search) {
		ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
		try (JsonGenerator generator = this.requests.jsonProvider().createGenerator(body)) {
			search.serialize(generator, this.requests);
		}
		return body.toByteArray();
	}

	/**
	 * The documents' days ({@code 2024-03-15}), read digit by digit:
	 * {@code LocalDate.parse} resolves a map of fields for each, and a listing's two
	 * dozen cards made that a twentieth of its CPU under JFR. Anything else is left to
	 * {@code LocalDate.parse}.
	 */
	static final class IsoDate extends StdScalarDeserializer<LocalDate> {

		IsoDate() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = parser.getValueAsString();
			if (text == null) {
				return null;
			}
			if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
				int year = digits(text, 0, 4);
				int month = digits(text, 5, 7);
				int day = digits(text, 8, 10);
				if (year >= 0 && month >= 0 && day >= 0) {
					return LocalDate.of(year, month, day);
				}
			}
			return LocalDate.parse(text);
		}

		/**
		 * The number written from {@code start} to {@code end}, or -1 if a character
		 * there is not a digit.
		 */
		private static int digits(String text, int start, int end) {
			int value = 0;
			for (int i = start; i < end; i++) {
				char c = text.charAt(i);
				if (c < '0' || c > '9') {
					return -1;
				}
				value = value * 10 + (c - '0');
			}
			return value;
		}

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
