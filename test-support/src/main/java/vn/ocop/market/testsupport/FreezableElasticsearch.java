package vn.ocop.market.testsupport;

import java.nio.file.Path;

/**
 * An Elasticsearch node of a test's own that the test can freeze (SIGSTOP, as in a long
 * GC pause: connections are accepted, nothing answers) and thaw (SIGCONT). Never the
 * shared node: other test classes use that one.
 */
public final class FreezableElasticsearch implements AutoCloseable {

	private final LocalElasticsearch.Started started;

	private FreezableElasticsearch(LocalElasticsearch.Started started) {
		this.started = started;
	}

	/**
	 * Starts a node (about 30 s) with its data in the given folder.
	 */
	public static FreezableElasticsearch start(Path folder) {
		return new FreezableElasticsearch(LocalElasticsearch.start(folder));
	}

	public String url() {
		return this.started.server().url().toString();
	}

	public void freeze() {
		this.started.process().signal("STOP");
	}

	public void thaw() {
		this.started.process().signal("CONT");
	}

	@Override
	public void close() {
		thaw();
		this.started.stop();
	}

}
