package vn.ocop.market.storefront.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

import vn.ocop.market.catalog.web.VietnamWebConfiguration;

/**
 * What a feed's content depends on, read in one cheap query: the day (certificates expire
 * at midnight), how many products are listed, and the newest entry of the catalog outbox,
 * which triggers write for every change to a product, its certificates, photos, producer
 * and stock levels, and to stock locations. The outbox is the whole catalogue's, so a
 * change anywhere renews every feed's validators, and a fetcher may read a province's
 * feed again for nothing.
 *
 * @param listed how many products are listed in the feed's scope
 * @param change the newest outbox id, 0 when there is none
 * @param changedAt when that entry was written, {@code null} when there is none
 */
record FeedVersion(LocalDate today, long listed, long change, Instant changedAt) {

	/** Feeds written by another build may differ for the same data. */
	private static final String BUILD = Instant.now().toString();

	/**
	 * A strong validator of one feed, for one scope, as served at one address.
	 */
	String etag(String feed, String scope, String site) {
		String input = String.join("|", BUILD, feed, scope, site, this.today.toString(), Long.toString(this.listed),
				Long.toString(this.change));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The newest change, or the start of the day in Vietnam when that is later: the
	 * listed set changes at midnight without any write.
	 */
	Instant lastModified() {
		Instant midnight = this.today.atStartOfDay(VietnamWebConfiguration.VIETNAM).toInstant();
		return (this.changedAt != null && this.changedAt.isAfter(midnight)) ? this.changedAt : midnight;
	}

}
