package vn.ocop.market.indexer.reindex;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How full reindex requests are picked up and run.
 *
 * @param enabled whether this instance runs requests
 * @param pageSize products read from PostgreSQL at once
 * @param bulkSize about how much one bulk request to Elasticsearch carries
 * @param pollInterval how often to look for a request without a notification
 * @param staleAfter a running reindex that reported no progress for this long is taken
 * for dead (its indexer stopped) and marked failed
 * @param oldIndexGrace how long the replaced index stays after the swap, so searches that
 * started on it finish
 */
@ConfigurationProperties("ocop.indexer.reindex")
record ReindexProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1000") int pageSize,
		@DefaultValue("5MB") DataSize bulkSize, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("5m") Duration staleAfter, @DefaultValue("2s") Duration oldIndexGrace) {

}
