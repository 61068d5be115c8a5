package vn.ocop.market.bench.harness;

import java.util.Map;

import io.netty.buffer.Unpooled;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Serves pages, fully rendered, from memory on a loopback port: the limit a dynamic page
 * can approach on this machine.
 */
public final class StaticServer implements AutoCloseable {

	private final DisposableServer server;

	private StaticServer(DisposableServer server) {
		this.server = server;
	}

	public static StaticServer serving(byte[] html) {
		return serving(Map.of(), html);
	}

	/**
	 * Each path and query its own page.
	 */
	public static StaticServer serving(Map<String, byte[]> pages) {
		return serving(pages, new byte[0]);
	}

	private static StaticServer serving(Map<String, byte[]> pages, byte[] otherwise) {
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.get("/**",
					(request, response) -> response.header("Content-Type", "text/html; charset=utf-8")
						.send(Mono
							.fromSupplier(() -> Unpooled.wrappedBuffer(pages.getOrDefault(request.uri(), otherwise))))))
			.bindNow();
		return new StaticServer(server);
	}

	public String url(String path) {
		return "http://127.0.0.1:" + this.server.port() + path;
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
