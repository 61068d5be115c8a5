package vn.ocop.market.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * An Elasticsearch node reached over HTTP.
 */
public record ElasticsearchServer(URI url) {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/**
	 * The root endpoint answers 405 on the integ-test distribution, so readiness is
	 * cluster health.
	 */
	public boolean healthy() {
		try {
			return get("/_cluster/health?wait_for_status=yellow&timeout=1s").statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	public HttpResponse<String> get(String path) throws IOException {
		return send(HttpRequest.newBuilder(this.url.resolve(path)).GET());
	}

	public HttpResponse<String> put(String path, String json) throws IOException {
		return send(HttpRequest.newBuilder(this.url.resolve(path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
		try {
			return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
