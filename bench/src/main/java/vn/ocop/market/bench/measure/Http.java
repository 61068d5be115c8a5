package vn.ocop.market.bench.measure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import vn.ocop.market.bench.harness.Load;

/**
 * Plain JDK HTTP for the sequential measurements.
 */
final class Http {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Http() {
	}

	static String get(String url) throws IOException, InterruptedException {
		return check(client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString()));
	}

	/**
	 * The page as the storefront renders it, not from its page cache.
	 */
	static String render(String url) throws IOException, InterruptedException {
		return check(client.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Cache-Control", Load.UNCACHED)
			.build(), HttpResponse.BodyHandlers.ofString()));
	}

	static String send(String method, String url, String contentType, byte[] body)
			throws IOException, InterruptedException {
		return check(client.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofMinutes(5))
			.header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString()));
	}

	private static String check(HttpResponse<String> response) {
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return response.body();
	}

}
