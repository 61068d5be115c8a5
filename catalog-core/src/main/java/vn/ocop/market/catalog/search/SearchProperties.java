package vn.ocop.market.catalog.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Elasticsearch is, and the prefix of our index names (tests give each class its
 * own).
 */
@ConfigurationProperties("ocop.search")
public record SearchProperties(@DefaultValue("http://localhost:9200") String url,
		@DefaultValue("") String indexPrefix) {

}
