package vn.ocop.market.bench.measure;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentTests {

	@Test
	void theTracersCurlLinesGiveTheSearchesWithoutTheHostNorTheBackgroundCalls() {
		String log = """
				2026-12-02T02:17:06.508Z TRACE 30161 --- [ocop-storefront] [ient-0-thread-2] tracer : \
				curl -iX POST 'http://127.0.0.1:44711/products/_search?typed_keys=true' -d '{"size":24}'
				# HTTP/1.1 200 OK
				# {"took":3}
				2026-12-02T02:17:06.600Z TRACE 30161 --- [ocop-storefront] [ient-0-thread-1] tracer : \
				curl -iX GET 'http://127.0.0.1:44711/_cluster/health'
				2026-12-02T02:17:06.700Z TRACE 30161 --- [ocop-storefront] [ient-0-thread-1] tracer : \
				curl -iX GET 'http://127.0.0.1:44711/products/_stats/docs?level=shards'
				2026-12-02T02:17:06.800Z TRACE 30161 --- [ocop-storefront] [ient-0-thread-2] tracer : \
				curl -iX POST 'http://127.0.0.1:44711/products/_msearch'
				""";
		List<Sent.SearchCall> calls = Sent.searchCalls(log);
		assertThat(calls).extracting(Sent.SearchCall::path)
			.containsExactly("/products/_search?typed_keys=true", "/products/_msearch");
		assertThat(calls.get(0).method()).isEqualTo("POST");
		assertThat(new String(calls.get(0).body(), StandardCharsets.UTF_8)).isEqualTo("{\"size\":24}");
		assertThat(calls.get(1).body()).isEmpty();
	}

	@Test
	void statementsOfTheStorefrontGetTheirOwnBackendsParametersAsLiterals() {
		String log = """
				2026-12-02 02:40:00.100 UTC [101] ocop-storefront LOG:  execute <unnamed>: SELECT name FROM product
					WHERE slug = $1 AND id <> $10
				2026-12-02 02:40:00.101 UTC [102] ocop-storefront LOG:  execute <unnamed>: SELECT 1 FROM producer WHERE id = $1
				2026-12-02 02:40:00.102 UTC [102] ocop-storefront DETAIL:  parameters: $1 = '876'
				2026-12-02 02:40:00.103 UTC [101] ocop-storefront DETAIL:  parameters: $1 = 'nuoc-mam-cua-ba''s', $10 = NULL
				2026-12-02 02:40:00.104 UTC [103] ocop-catalog-indexer LOG:  execute <unnamed>: SELECT 2
				""";
		assertThat(Sent.statements(log)).containsExactly(
				"SELECT name FROM product\n\tWHERE slug = 'nuoc-mam-cua-ba''s' AND id <> NULL",
				"SELECT 1 FROM producer WHERE id = '876'");
	}

}
