package vn.ocop.market.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

import vn.ocop.market.testsupport.TestDatabase;
import vn.ocop.market.testsupport.TestSearch;

/**
 * The three apps as {@code mvn package} built them, each a process of its own on a free
 * port, sharing a test class's database and index prefix, as {@code ./ocop up} runs them.
 * Their logs are in {@code target/e2e-logs}.
 */
final class RunningApps implements AutoCloseable {

	static final String ADMIN_EMAIL = "admin@ocop.e2e";

	static final String ADMIN_PASSWORD = "e2e-admin-password";

	private static final Path ROOT = Path.of(System.getProperty("ocop.root", ".."));

	private static final String VERSION = System.getProperty("ocop.version", "0.1.0-SNAPSHOT");

	private final List<Process> processes = new ArrayList<>();

	private final Map<String, Integer> ports = new HashMap<>();

	private RunningApps() {
	}

	static RunningApps start(TestDatabase database, TestSearch search) {
		RunningApps apps = new RunningApps();
		try {
			for (String app : List.of("admin", "catalog-indexer", "storefront")) {
				apps.ports.put(app, freePort());
			}
			Map<String, String> environment = environment(database, search, apps.ports);
			// admin first: it owns the schema and the first admin account
			apps.launch("admin", environment);
			apps.awaitHealthy("admin");
			apps.launch("catalog-indexer", environment);
			apps.launch("storefront", environment);
			apps.awaitHealthy("catalog-indexer");
			apps.awaitHealthy("storefront");
			return apps;
		}
		catch (RuntimeException ex) {
			apps.close();
			throw ex;
		}
	}

	String admin() {
		return "http://localhost:" + this.ports.get("admin");
	}

	String storefront() {
		return "http://localhost:" + this.ports.get("storefront");
	}

	private static Map<String, String> environment(TestDatabase database, TestSearch search,
			Map<String, Integer> ports) {
		Map<String, String> environment = new HashMap<>();
		environment.put("OCOP_DB_HOST", database.server().host());
		environment.put("OCOP_DB_PORT", Integer.toString(database.server().port()));
		environment.put("OCOP_DB_NAME", database.name());
		environment.put("OCOP_DB_USER", database.user());
		environment.put("OCOP_DB_PASSWORD", database.password());
		environment.put("OCOP_ES_URL", search.url());
		environment.put("OCOP_ES_INDEX_PREFIX", search.indexPrefix());
		environment.put("OCOP_ADMIN_PORT", ports.get("admin").toString());
		environment.put("OCOP_INDEXER_PORT", ports.get("catalog-indexer").toString());
		environment.put("OCOP_STOREFRONT_PORT", ports.get("storefront").toString());
		environment.put("OCOP_STOREFRONT_URL", "http://localhost:" + ports.get("storefront"));
		environment.put("OCOP_ADMIN_EMAIL", ADMIN_EMAIL);
		environment.put("OCOP_ADMIN_PASSWORD", ADMIN_PASSWORD);
		return environment;
	}

	private void launch(String app, Map<String, String> environment) {
		Path jar = ROOT.resolve(app).resolve("target").resolve(app + "-" + VERSION + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No " + jar + ": the journeys run after mvn package of the apps");
		}
		try {
			Path logs = Files.createDirectories(Path.of("target", "e2e-logs"));
			ProcessBuilder builder = new ProcessBuilder(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
					"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString());
			builder.environment().putAll(environment);
			builder.redirectErrorStream(true).redirectOutput(logs.resolve(app + ".log").toFile());
			this.processes.add(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitHealthy(String app) {
		URI health = URI.create("http://localhost:" + this.ports.get(app) + "/actuator/health");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Awaitility.await(app + " healthy (see target/e2e-logs)")
			.atMost(Duration.ofSeconds(180))
			.pollInterval(Duration.ofMillis(250))
			.ignoreExceptionsInstanceOf(IOException.class)
			.until(() -> {
				if (this.processes.stream().anyMatch((process) -> !process.isAlive())) {
					throw new IllegalStateException(app + " stopped while the apps started: see target/e2e-logs");
				}
				return http.send(HttpRequest.newBuilder(health).GET().build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200;
			});
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.processes.forEach(Process::destroy);
		for (Process process : this.processes) {
			try {
				if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
