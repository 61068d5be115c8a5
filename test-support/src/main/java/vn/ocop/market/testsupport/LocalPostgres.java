package vn.ocop.market.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PostgreSQL from the Debian server binaries, in a data folder of ours, on a free
 * loopback port. Trust authentication is safe here: it only listens on 127.0.0.1.
 */
final class LocalPostgres {

	static final String USER = LocalProcess.SERVICE_USER;

	private LocalPostgres() {
	}

	/**
	 * @param durable false for throwaway test data: fsync off makes tests faster
	 */
	static Started start(Path wanted, boolean durable) {
		Path folder = LocalProcess.serviceFolder(wanted);
		Path bin = binaries();
		Path data = folder.resolve("data");
		try {
			Files.createDirectories(data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		LocalProcess.ownedByServiceUser(folder);
		if (!Files.exists(data.resolve("PG_VERSION"))) {
			LocalProcess init = LocalProcess.start("initdb", List.of(bin.resolve("initdb").toString(), "-D",
					data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale"), Map.of(),
					folder.resolve("initdb.log"));
			init.awaitSuccess(Duration.ofMinutes(2));
		}
		int port = LocalProcess.freePort();
		List<String> command = new ArrayList<>(List.of(bin.resolve("postgres").toString(), "-D", data.toString(), "-p",
				Integer.toString(port), "-c", "unix_socket_directories=", "-c", "listen_addresses=127.0.0.1", "-c",
				"max_connections=400", "-c", "shared_buffers=128MB"));
		if (!durable) {
			command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
		}
		LocalProcess process = LocalProcess.start("postgres", command, Map.of(), folder.resolve("postgres.log"));
		PostgresServer server = new PostgresServer("127.0.0.1", port, USER, "ocop", "postgres");
		process.awaitReady(() -> accepts(server), Duration.ofMinutes(1));
		return new Started(server, process);
	}

	private static boolean accepts(PostgresServer server) {
		try (Connection connection = server.connect()) {
			return connection.isValid(1);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	static Path binaries() {
		String configured = System.getenv("OCOP_PG_BIN");
		if (configured != null) {
			return Path.of(configured);
		}
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.map((version) -> version.resolve("bin"))
				.filter((bin) -> Files.isExecutable(bin.resolve("postgres")))
				.max(Comparator.comparing((bin) -> Integer.parseInt(bin.getParent().getFileName().toString())))
				.orElseThrow();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException(
					"No PostgreSQL server binaries under /usr/lib/postgresql: run ./ocop test (it installs them) "
							+ "or apt-get install postgresql, or set OCOP_PG_URL",
					ex);
		}
	}

	record Started(PostgresServer server, LocalProcess process) {

		void stop() {
			// SIGINT is PostgreSQL's fast shutdown: it does not wait for pooled clients
			this.process.stop("INT");
		}

	}

}
