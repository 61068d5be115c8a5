package vn.ocop.market.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmarked system's resident memory, sampled while the benchmarks run: each
 * process's proportional set size (PSS, so PostgreSQL's shared buffers count once, not
 * once per backend), grouped by part, and the peak of their sum. Only the bench's own
 * processes count: their command line or environment names the bench.
 */
public final class Memory implements AutoCloseable {

	private static final Pattern PARENT = Pattern.compile("^PPid:\\s+(\\d+)", Pattern.MULTILINE);

	private static final Pattern PSS = Pattern.compile("^Pss:\\s+(\\d+) kB", Pattern.MULTILINE);

	private static final List<String> PARTS = List.of("storefront", "admin", "catalog-indexer", "elasticsearch",
			"postgresql");

	private final Map<String, Long> peaks = new LinkedHashMap<>();

	private long peakTotal;

	private final Thread sampler;

	private volatile boolean running = true;

	private Memory() {
		PARTS.forEach((part) -> this.peaks.put(part, 0L));
		this.sampler = new Thread(this::sampleUntilClosed, "memory-sampler");
		this.sampler.setDaemon(true);
	}

	public static Memory sample() {
		Memory memory = new Memory();
		memory.sampler.start();
		return memory;
	}

	private void sampleUntilClosed() {
		while (this.running) {
			Map<String, Long> now = new LinkedHashMap<>();
			Map<String, String> parents = new LinkedHashMap<>();
			Map<String, String> commands = new LinkedHashMap<>();
			Map<String, Boolean> marked = new LinkedHashMap<>();
			try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
				processes.filter((p) -> p.getFileName().toString().chars().allMatch(Character::isDigit))
					.forEach((process) -> {
						String pid = process.getFileName().toString();
						String command = read(process.resolve("cmdline"));
						if (command != null) {
							commands.put(pid, command);
							parents.put(pid, parentOf(process));
							marked.put(pid, namesTheBench(process, command));
						}
					});
			}
			catch (IOException ex) {
				return;
			}
			commands.forEach((pid, command) -> {
				String part = partOf(command);
				if (part != null && ofTheBench(pid, parents, marked)) {
					now.merge(part, pss(Path.of("/proc", pid)), Long::sum);
				}
			});
			synchronized (this) {
				now.forEach((part, bytes) -> this.peaks.merge(part, bytes, Math::max));
				this.peakTotal = Math.max(this.peakTotal, now.values().stream().mapToLong(Long::longValue).sum());
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/**
	 * The bench's processes, and whatever they started (Elasticsearch and PostgreSQL's
	 * backends name neither the bench nor its folders).
	 */
	private static boolean ofTheBench(String pid, Map<String, String> parents, Map<String, Boolean> marked) {
		for (String at = pid; at != null && !at.isEmpty() && !"0".equals(at); at = parents.get(at)) {
			if (Boolean.TRUE.equals(marked.get(at))) {
				return true;
			}
		}
		return false;
	}

	private static boolean namesTheBench(Path process, String command) {
		return command.contains("ocop-bench")
				|| String.valueOf(read(process.resolve("environ"))).contains("OCOP_BENCH_LOGS=");
	}

	private static String partOf(String command) {
		if (command.contains("org.elasticsearch.bootstrap.Elasticsearch")) {
			return "elasticsearch";
		}
		if (command.startsWith("postgres") || command.contains("/bin/postgres ")) {
			return "postgresql";
		}
		for (String app : List.of("storefront", "admin", "catalog-indexer")) {
			if (command.contains(app + "-") && command.contains(".jar")) {
				return app;
			}
		}
		return null;
	}

	private static String parentOf(Path process) {
		String status = read(process.resolve("status"));
		Matcher matcher = (status != null) ? PARENT.matcher(status) : null;
		return (matcher != null && matcher.find()) ? matcher.group(1) : "";
	}

	private static long pss(Path process) {
		String rollup = read(process.resolve("smaps_rollup"));
		Matcher matcher = (rollup != null) ? PSS.matcher(rollup) : null;
		return (matcher != null && matcher.find()) ? Long.parseLong(matcher.group(1)) * 1024 : 0;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file).replace('\0', ' ');
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	public synchronized long peakTotal() {
		return this.peakTotal;
	}

	/** Each part's peak, in bytes. */
	public synchronized Map<String, Long> peaks() {
		return new LinkedHashMap<>(this.peaks);
	}

	@Override
	public void close() {
		this.running = false;
		this.sampler.interrupt();
	}

}
