package vn.ocop.market.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Elasticsearch from the Maven Central integ-test distribution. It has no bundled JDK, so
 * it runs on ours; its config is copied per node so nodes never share a keystore.
 */
final class LocalElasticsearch {

	/**
	 * The node's heap: 512 MB for the tests' many small indices, less where a small
	 * server's memory budget counts ({@code ./ocop up} and the bench set
	 * {@code OCOP_ES_HEAP}).
	 */
	private static final String HEAP = System.getenv().getOrDefault("OCOP_ES_HEAP", "512m");

	private LocalElasticsearch() {
	}

	static Started start(Path wanted) {
		Path folder = LocalProcess.serviceFolder(wanted);
		Path home = distribution();
		Path config = folder.resolve("config");
		try {
			if (!Files.exists(config)) {
				copyTree(home.resolve("config"), config);
			}
			Files.createDirectories(folder.resolve("data"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		LocalProcess.ownedByServiceUser(folder);
		int port = LocalProcess.freePort();
		List<String> command = List.of(home.resolve("bin/elasticsearch").toString(), "-E", "discovery.type=single-node",
				"-E", "xpack.security.enabled=false", "-E", "network.host=127.0.0.1", "-E", "http.port=" + port, "-E",
				"transport.port=" + LocalProcess.freePort(), "-E", "path.data=" + folder.resolve("data"), "-E",
				"path.logs=" + folder.resolve("logs"), "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
				"-E", "action.destructive_requires_name=false");
		Map<String, String> environment = Map.of("ES_JAVA_HOME", System.getProperty("java.home"), "ES_PATH_CONF",
				config.toString(), "ES_JAVA_OPTS", "-Xms" + HEAP + " -Xmx" + HEAP + " -XX:-HeapDumpOnOutOfMemoryError");
		LocalProcess process = LocalProcess.start("elasticsearch", command, environment,
				folder.resolve("elasticsearch.log"));
		ElasticsearchServer server = new ElasticsearchServer(URI.create("http://127.0.0.1:" + port));
		process.awaitReady(server::healthy, Duration.ofMinutes(3));
		return new Started(server, process);
	}

	/**
	 * Unpacks the zip once per machine into a folder every user can read.
	 */
	static synchronized Path distribution() {
		String version = version();
		Path root = Path.of(System.getProperty("java.io.tmpdir"), "ocop-market");
		Path home = root.resolve("elasticsearch-" + version);
		if (Files.isExecutable(home.resolve("bin/elasticsearch"))) {
			return home;
		}
		Path zip = zip(version);
		try {
			Files.createDirectories(root);
			Path unpacking = Files.createTempDirectory(root, "unpacking-");
			unzip(zip, unpacking);
			Files.move(unpacking.resolve("elasticsearch-" + version), home, StandardCopyOption.ATOMIC_MOVE);
			return home;
		}
		catch (IOException ex) {
			if (Files.isExecutable(home.resolve("bin/elasticsearch"))) {
				return home;
			}
			throw new UncheckedIOException(ex);
		}
	}

	private static Path zip(String version) {
		String configured = System.getenv("OCOP_ES_ZIP");
		if (configured != null) {
			return Path.of(configured);
		}
		String repository = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
		Path zip = Path.of(repository, "org/elasticsearch/distribution/integ-test-zip/elasticsearch", version,
				"elasticsearch-" + version + ".zip");
		if (!Files.exists(zip)) {
			throw new IllegalStateException("No Elasticsearch distribution at " + zip
					+ ": build test-support once (mvn -pl test-support install) or set OCOP_ES_URL");
		}
		return zip;
	}

	private static void unzip(Path zip, Path into) throws IOException {
		try (ZipFile archive = new ZipFile(zip.toFile())) {
			for (ZipEntry entry : Collections.list(archive.entries())) {
				Path target = into.resolve(entry.getName()).normalize();
				if (!target.startsWith(into)) {
					throw new IOException("Zip entry outside its folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				try (InputStream in = archive.getInputStream(entry)) {
					Files.copy(in, target);
				}
				if (target.getParent().getFileName().toString().equals("bin")) {
					target.toFile().setExecutable(true, false);
				}
			}
		}
		LocalProcess.run("chmod", "-R", "a+rX", into.toString());
	}

	static String version() {
		try (InputStream in = LocalElasticsearch.class.getResourceAsStream("/ocop-services.properties")) {
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("elasticsearch.version");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

	record Started(ElasticsearchServer server, LocalProcess process) {

		void stop() {
			this.process.stop("TERM");
		}

	}

}
