package vn.ocop.market.bench.measure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the storefront sent to Elasticsearch and to PostgreSQL while it served one page,
 * so that the bench can replay exactly that, raw, as the page's baseline. Nothing stands
 * between the storefront and its services while it is measured: the requests are read
 * from the services' own logs, switched on for the one request only.
 */
final class Sent {

	/**
	 * The Elasticsearch client's request tracer: {@code curl -iX POST 'url' -d 'body'}.
	 */
	private static final Pattern CURL = Pattern.compile("curl -iX (\\w+) '([^']+)'(?: -d '(.*)')?$");

	/**
	 * The start of an entry in PostgreSQL's log, with the prefix the bench sets: time,
	 * backend, application.
	 */
	private static final Pattern ENTRY = Pattern
		.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\S* \\S+ \\[(\\d+)\\] (\\S*) ", Pattern.MULTILINE);

	private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']|'')*')");

	private static final String APPLICATION = "ocop-storefront";

	private static final Pattern SEARCH = Pattern.compile("/_(search|msearch|count)\\b");

	private Sent() {
	}

	/**
	 * One request to Elasticsearch, with its path and query (no host) and body.
	 */
	record SearchCall(String method, String path, byte[] body) {

		String contentType() {
			return this.path.contains("_msearch") ? "application/x-ndjson" : "application/json";
		}

	}

	/**
	 * The search requests behind one storefront page, from the Elasticsearch client's
	 * tracer (the bench starts the storefront with its loggers endpoint open); calls the
	 * storefront makes in the background meanwhile are left out.
	 */
	static List<SearchCall> searches(Environment env, String url) throws Exception {
		Path log = env.storefrontLog();
		long from = Files.size(log);
		setLevel(env, "tracer", "TRACE");
		try {
			Http.render(url);
		}
		finally {
			setLevel(env, "tracer", null);
		}
		List<SearchCall> calls = searchCalls(appended(log, from));
		if (calls.isEmpty()) {
			throw new IllegalStateException(url + " sent no request to Elasticsearch, or its tracer is off");
		}
		return calls;
	}

	static List<SearchCall> searchCalls(String log) {
		List<SearchCall> calls = new ArrayList<>();
		for (String line : log.split("\n")) {
			Matcher curl = CURL.matcher(line.strip());
			if (curl.find()) {
				String path = curl.group(2).replaceFirst("^https?://[^/]+", "");
				if (!SEARCH.matcher(path).find()) {
					// the client's background calls: health, the page cache's index polls
					continue;
				}
				byte[] body = (curl.group(3) != null) ? curl.group(3).getBytes(StandardCharsets.UTF_8) : new byte[0];
				calls.add(new SearchCall(curl.group(1), path, body));
			}
		}
		return calls;
	}

	/**
	 * The SQL statements behind one storefront page, with their parameters written in as
	 * literals, from PostgreSQL's statement log (switched on for the storefront's
	 * connections, which name themselves, for the one request).
	 */
	static List<String> statements(Environment env, String url) throws Exception {
		try (Connection connection = env.connect(); Statement statement = connection.createStatement()) {
			Path log = Path.of(value(statement, "SHOW data_directory")).resolveSibling("postgres.log");
			long from = Long.parseLong(value(statement, "SELECT size FROM pg_stat_file('" + log + "')"));
			statement.execute("ALTER SYSTEM SET log_statement = 'all'");
			statement.execute("ALTER SYSTEM SET log_line_prefix = '%m [%p] %a '");
			statement.execute("SELECT pg_reload_conf()");
			awaitReloaded(env);
			try {
				Http.render(url);
			}
			finally {
				statement.execute("ALTER SYSTEM RESET log_statement");
				statement.execute("ALTER SYSTEM RESET log_line_prefix");
				statement.execute("SELECT pg_reload_conf()");
			}
			long to = Long.parseLong(value(statement, "SELECT size FROM pg_stat_file('" + log + "')"));
			List<String> statements = statements(
					value(statement, "SELECT pg_read_file('" + log + "', " + from + ", " + (to - from) + ")"));
			if (statements.isEmpty()) {
				throw new IllegalStateException(url + " sent no statement to PostgreSQL that its log recorded");
			}
			return statements;
		}
	}

	private record Entry(String backend, String application, String text) {

	}

	static List<String> statements(String log) {
		List<Entry> entries = new ArrayList<>();
		Matcher start = ENTRY.matcher(log);
		boolean found = start.find();
		while (found) {
			String backend = start.group(1);
			String application = start.group(2);
			int from = start.end();
			found = start.find();
			entries.add(new Entry(backend, application, log.substring(from, found ? start.start() : log.length())));
		}
		List<String> statements = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			if (entry.application().equals(APPLICATION) && entry.text().startsWith("LOG:  execute ")) {
				String sql = entry.text().substring(entry.text().indexOf(": ", 14) + 2).strip();
				statements.add(withLiterals(sql, parametersOf(entries, i)));
			}
		}
		return statements;
	}

	/**
	 * The parameters PostgreSQL logged for an execution: the next entry of the same
	 * backend, when it is its {@code DETAIL}.
	 */
	private static String parametersOf(List<Entry> entries, int execute) {
		String backend = entries.get(execute).backend();
		for (int i = execute + 1; i < entries.size(); i++) {
			if (entries.get(i).backend().equals(backend)) {
				String text = entries.get(i).text();
				return text.startsWith("DETAIL:  parameters: ") ? text : "";
			}
		}
		return "";
	}

	/**
	 * {@code $1} replaced by the literal PostgreSQL logged for it (an untyped literal,
	 * which takes the type the statement needs), the highest number first so that
	 * {@code $1} never eats {@code $10}.
	 */
	private static String withLiterals(String sql, String detail) {
		List<String[]> parameters = new ArrayList<>();
		Matcher parameter = PARAMETER.matcher(detail);
		while (parameter.find()) {
			parameters.add(new String[] { parameter.group(1), parameter.group(2) });
		}
		parameters.sort((a, b) -> Integer.parseInt(b[0]) - Integer.parseInt(a[0]));
		String replayed = sql;
		for (String[] p : parameters) {
			replayed = replayed.replace("$" + p[0], p[1]);
		}
		return replayed;
	}

	/**
	 * Until the postmaster has read the new settings: {@code pg_reload_conf()} only
	 * signals it, and it signals the backends once it has read them, so a page rendered
	 * before that may run its statements unlogged. A new session starts from the
	 * postmaster's settings.
	 */
	private static void awaitReloaded(Environment env) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			try (Connection fresh = env.connect(); Statement statement = fresh.createStatement()) {
				if ("all".equals(value(statement, "SHOW log_statement"))) {
					return;
				}
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("PostgreSQL did not take log_statement = 'all' in 10 s");
			}
			Thread.sleep(20);
		}
	}

	private static String value(Statement statement, String sql) throws Exception {
		try (ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static void setLevel(Environment env, String logger, String level) throws Exception {
		Http.send("POST", env.storefrontUrl() + "/actuator/loggers/" + logger, "application/json",
				("{\"configuredLevel\":" + ((level != null) ? "\"" + level + "\"" : "null") + "}")
					.getBytes(StandardCharsets.UTF_8));
	}

	private static String appended(Path log, long from) throws Exception {
		byte[] all = Files.readAllBytes(log);
		return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
				StandardCharsets.UTF_8);
	}

}
