package vn.ocop.market.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A server started as a child process, as a non-root user when we are root (PostgreSQL
 * and Elasticsearch both refuse to run as root), with its output in a log file.
 */
final class LocalProcess {

	static final String SERVICE_USER = "ocop";

	private final String name;

	private final Process process;

	private final Path log;

	private LocalProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	static LocalProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
		List<String> full = new ArrayList<>();
		if (runningAsRoot()) {
			full.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
		}
		full.add("env");
		environment.forEach((key, value) -> full.add(key + "=" + value));
		full.addAll(command);
		try {
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(full).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			return new LocalProcess(name, process, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name + ": " + full, ex);
		}
	}

	/**
	 * Polls until ready; fails fast with the log's tail when the process dies first.
	 */
	void awaitReady(BooleanSupplier ready, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (!ready.getAsBoolean()) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.name + " exited with " + this.process.exitValue() + ":\n" + tail());
			}
			if (Instant.now().isAfter(deadline)) {
				stop("TERM");
				throw new IllegalStateException(this.name + " not ready after " + timeout + ":\n" + tail());
			}
			pause();
		}
	}

	/**
	 * For one-shot commands such as {@code initdb}.
	 */
	void awaitSuccess(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				stop("TERM");
				throw new IllegalStateException(this.name + " did not finish in " + timeout + ":\n" + tail());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		if (this.process.exitValue() != 0) {
			throw new IllegalStateException(this.name + " failed with " + this.process.exitValue() + ":\n" + tail());
		}
	}

	/**
	 * Sends a signal to the server and everything it started, and returns at once.
	 */
	void signal(String signal) {
		List<ProcessHandle> targets = new ArrayList<>(this.process.descendants().toList());
		targets.add(this.process.toHandle());
		for (ProcessHandle target : targets) {
			run("kill", "-" + signal, Long.toString(target.pid()));
		}
	}

	/**
	 * Signals the server itself, not the {@code runuser} in front of it.
	 */
	void stop(String signal) {
		List<ProcessHandle> targets = new ArrayList<>(this.process.descendants().toList());
		targets.add(this.process.toHandle());
		for (ProcessHandle target : targets) {
			run("kill", "-" + signal, Long.toString(target.pid()));
		}
		Instant deadline = Instant.now().plusSeconds(30);
		while (targets.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
			pause();
		}
		targets.forEach(ProcessHandle::destroyForcibly);
	}

	String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log at " + this.log + ")";
		}
	}

	static boolean runningAsRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/**
	 * A folder the server's user can reach. When we are root and the wanted folder sits
	 * below one the service user may not enter (a checkout under {@code /root}, say), the
	 * data lives under {@code /var/tmp/ocop-market} and the wanted folder becomes a link
	 * to it, so it is still found where one looks.
	 */
	static Path serviceFolder(Path wanted) {
		Path folder = wanted.toAbsolutePath();
		try {
			Files.createDirectories(folder.getParent());
			if (!runningAsRoot()) {
				return Files.createDirectories(folder);
			}
			ensureServiceUser();
			if (Files.isSymbolicLink(folder)) {
				return Files.createDirectories(folder.toRealPath());
			}
			if (run("runuser", "-u", SERVICE_USER, "--", "test", "-x", folder.getParent().toString()) == 0) {
				return Files.createDirectories(folder);
			}
			Path standIn = Files.createDirectories(Path.of("/var/tmp/ocop-market",
					Integer.toHexString(folder.toString().hashCode()), folder.getFileName().toString()));
			run("chmod", "755", "/var/tmp/ocop-market", standIn.getParent().toString());
			if (!Files.exists(folder)) {
				Files.createSymbolicLink(folder, standIn);
			}
			return standIn;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void ensureServiceUser() {
		if (run("id", "-u", SERVICE_USER) != 0) {
			run("useradd", "--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin",
					SERVICE_USER);
		}
	}

	/**
	 * Creates the service user once and hands it the folder.
	 */
	static void ownedByServiceUser(Path directory) {
		if (!runningAsRoot()) {
			return;
		}
		ensureServiceUser();
		if (run("chown", "-R", SERVICE_USER + ":" + SERVICE_USER, directory.toString()) != 0) {
			throw new IllegalStateException("Could not hand " + directory + " to user " + SERVICE_USER);
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int run(String... command) {
		try {
			return new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
