package vn.ocop.market.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server and Elasticsearch node of this JVM, each found or started once on
 * first use (DESIGN.md "Local services") and stopped at exit when we started it.
 */
public final class Services {

	private static final Logger logger = LoggerFactory.getLogger(Services.class);

	private static PostgresServer postgres;

	private static ElasticsearchServer elasticsearch;

	private static Path folder;

	private static boolean durable;

	private Services() {
	}

	/**
	 * Local processes keep their data here; the default is a throwaway folder under
	 * {@code target/}. Call before first use.
	 */
	public static synchronized void keepDataIn(Path dataFolder, boolean durableData) {
		folder = dataFolder;
		durable = durableData;
	}

	public static synchronized PostgresServer postgres() {
		if (postgres == null) {
			postgres = startPostgres();
		}
		return postgres;
	}

	public static synchronized ElasticsearchServer elasticsearch() {
		if (elasticsearch == null) {
			elasticsearch = startElasticsearch();
		}
		return elasticsearch;
	}

	private static PostgresServer startPostgres() {
		String url = System.getenv("OCOP_PG_URL");
		ServiceSource source = ServiceSource.choose(url, ContainerServices::dockerAvailable);
		logger.info("PostgreSQL from {}", source);
		return switch (source) {
			case ENVIRONMENT -> PostgresServer.fromJdbcUrl(url, environment("OCOP_PG_USER", "ocop"),
					environment("OCOP_PG_PASSWORD", "ocop"));
			case DOCKER -> ContainerServices.postgres();
			case LOCAL_PROCESS -> {
				LocalPostgres.Started started = LocalPostgres.start(folder().resolve("postgres"), durable);
				Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop-postgres"));
				yield started.server();
			}
		};
	}

	private static ElasticsearchServer startElasticsearch() {
		String url = System.getenv("OCOP_ES_URL");
		ServiceSource source = ServiceSource.choose(url, ContainerServices::dockerAvailable);
		logger.info("Elasticsearch from {}", source);
		return switch (source) {
			case ENVIRONMENT -> new ElasticsearchServer(URI.create(url));
			case DOCKER -> ContainerServices.elasticsearch(LocalElasticsearch.version());
			case LOCAL_PROCESS -> {
				LocalElasticsearch.Started started = LocalElasticsearch.start(folder().resolve("elasticsearch"));
				Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop-elasticsearch"));
				yield started.server();
			}
		};
	}

	private static Path folder() {
		if (folder == null) {
			try {
				Path target = Files.createDirectories(Path.of("target"));
				// readable by the service user that runs the servers when we are root
				folder = Files.createTempDirectory(target.toAbsolutePath(), "ocop-services-",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return folder;
	}

	private static String environment(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
