package vn.ocop.market.bench.measure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Where the system under test runs, from the variables {@code ./ocop bench} sets.
 */
public record Environment(String adminUrl, String storefrontUrl, String elasticsearchUrl, Path logs, String dbHost,
		int dbPort, String dbName, String dbUser, String dbPassword, String adminEmail, String adminPassword,
		String indexAlias) {

	public static Environment fromSystem() {
		return new Environment(get("OCOP_BENCH_ADMIN_URL", "http://localhost:8081"),
				get("OCOP_BENCH_STOREFRONT_URL", "http://localhost:8080"), get("OCOP_ES_URL", "http://localhost:9200"),
				Path.of(get("OCOP_BENCH_LOGS", "target/ocop-bench/logs")), get("OCOP_DB_HOST", "localhost"),
				Integer.parseInt(get("OCOP_DB_PORT", "5432")), get("OCOP_DB_NAME", "ocop"), get("OCOP_DB_USER", "ocop"),
				get("OCOP_DB_PASSWORD", ""), get("OCOP_ADMIN_EMAIL", "admin@ocop.local"),
				get("OCOP_ADMIN_PASSWORD", "ocop-admin"), get("OCOP_ES_INDEX_PREFIX", "") + "products");
	}

	/**
	 * The storefront's console output, where its Elasticsearch client traces requests.
	 */
	public Path storefrontLog() {
		return this.logs.resolve("storefront.log");
	}

	/**
	 * Makes every document written so far searchable, as the index's next refresh would.
	 */
	public void refreshSearchIndex() throws Exception {
		Http.send("POST", this.elasticsearchUrl + "/" + this.indexAlias + "/_refresh", "application/json", new byte[0]);
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), this.dbUser, this.dbPassword);
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://" + this.dbHost + ":" + this.dbPort + "/" + this.dbName;
	}

	private static String get(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
