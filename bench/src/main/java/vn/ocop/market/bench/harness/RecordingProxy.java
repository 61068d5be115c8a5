package vn.ocop.market.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;

/**
 * Stands between the storefront and Elasticsearch during a benchmark and keeps the last
 * {@code _search} body it forwarded, so the raw query can be replayed against
 * Elasticsearch through the same hop: the comparison then measures only the app.
 * <p>
 * Arguments: {@code <listen port> <Elasticsearch URL> <capture file>}.
 */
public final class RecordingProxy {

	private RecordingProxy() {
	}

	public static void main(String[] args) throws InterruptedException {
		int port = Integer.parseInt(args[0]);
		String target = args[1];
		Path capture = Path.of(args[2]);
		HttpClient client = HttpClient.create().baseUrl(target);
		DisposableServer server = HttpServer.create().host("127.0.0.1").port(port).handle((request, response) -> {
			String uri = request.uri();
			return request.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0]).flatMap((body) -> {
				if (uri.contains("search") && body.length > 0) {
					record(capture, uri, body);
				}
				return client.headers((headers) -> headers.set(request.requestHeaders()))
					.request(HttpMethod.valueOf(request.method().name()))
					.uri(uri)
					.send(ByteBufFlux.fromInbound(Mono.just(Unpooled.wrappedBuffer(body))))
					.responseSingle((answer, content) -> content.map(ByteBuf::retain)
						.defaultIfEmpty(Unpooled.EMPTY_BUFFER)
						.flatMap((bytes) -> response.status(answer.status())
							.headers(answer.responseHeaders())
							.send(Mono.just(bytes))
							.then()));
			});
		}).bindNow();
		System.out.println("Recording proxy on :" + server.port() + " -> " + target);
		new CountDownLatch(1).await();
	}

	/**
	 * Appends one line per search request: its URI, a tab, its body in Base64. The bench
	 * empties the file before each storefront call and replays every line.
	 */
	private static synchronized void record(Path capture, String uri, byte[] body) {
		try {
			Files.writeString(capture, uri + "\t" + Base64.getEncoder().encodeToString(body) + "\n",
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			System.err.println("Could not record " + uri + ": " + ex.getMessage());
		}
	}

}
