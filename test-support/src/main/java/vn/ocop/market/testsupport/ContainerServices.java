package vn.ocop.market.testsupport;

import java.net.URI;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The Docker path: containers live as long as the JVM (Testcontainers' reaper removes
 * them).
 */
final class ContainerServices {

	private ContainerServices() {
	}

	static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	static PostgresServer postgres() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:16").withCommand("postgres", "-c",
				"max_connections=400", "-c", "fsync=off");
		container.start();
		return new PostgresServer(container.getHost(), container.getFirstMappedPort(), container.getUsername(),
				container.getPassword(), container.getDatabaseName());
	}

	static ElasticsearchServer elasticsearch(String version) {
		ElasticsearchContainer container = new ElasticsearchContainer(
				"docker.elastic.co/elasticsearch/elasticsearch:" + version)
			.withEnv("xpack.security.enabled", "false")
			.withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
		container.start();
		return new ElasticsearchServer(URI.create("http://" + container.getHttpHostAddress()));
	}

}
