package vn.ocop.market.testsupport;

/**
 * An index name prefix of its own for one test class on the shared node.
 */
public record TestSearch(ElasticsearchServer server, String indexPrefix) {

	public String url() {
		return this.server.url().toString();
	}

}
