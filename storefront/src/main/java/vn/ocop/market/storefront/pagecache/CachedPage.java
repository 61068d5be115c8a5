package vn.ocop.market.storefront.pagecache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.HttpHeaders;

/**
 * A rendered page, kept without what belongs to one visitor: its CSRF token and its
 * cart's count are cut out and filled in again for each visitor.
 *
 * @param version what the page showed when rendered, compared on every hit
 * @param renderedAt when rendering began ({@link System#nanoTime()})
 * @param parts the HTML between the visitor's values, one more than {@code slots}
 * @param slots which value goes after each part but the last
 * @param headers the headers the page was sent with, but those of one response
 */
record CachedPage(Object version, long renderedAt, List<byte[]> parts, List<Slot> slots, HttpHeaders headers) {

	enum Slot {

		CSRF_TOKEN, CART_COUNT

	}

	private static final byte[] TOKEN_FIELD = "name=\"_csrf\" value=\"".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] COUNT_BADGE = "data-cart-count>".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] QUOTE = { '"' };

	private static final Set<String> ONE_RESPONSE = Set.of("set-cookie", "content-length", "transfer-encoding", "date",
			"age", PageCache.HEADER.toLowerCase(Locale.ROOT));

	private static final byte[] TAG = { '<' };

	/**
	 * Cuts the page at every occurrence of the token its forms carry and at the cart
	 * badge's count.
	 */
	static CachedPage of(Object version, long renderedAt, byte[] html, HttpHeaders headers) {
		List<int[]> cuts = new ArrayList<>();
		int field = indexOf(html, TOKEN_FIELD, 0);
		int tokenEnd = (field >= 0) ? indexOf(html, QUOTE, field + TOKEN_FIELD.length) : -1;
		if (tokenEnd > field + TOKEN_FIELD.length) {
			byte[] token = Arrays.copyOfRange(html, field + TOKEN_FIELD.length, tokenEnd);
			for (int at = indexOf(html, token, 0); at >= 0; at = indexOf(html, token, at + token.length)) {
				cuts.add(new int[] { at, at + token.length, Slot.CSRF_TOKEN.ordinal() });
			}
		}
		int badge = indexOf(html, COUNT_BADGE, 0);
		int countEnd = (badge >= 0) ? indexOf(html, TAG, badge) : -1;
		if (countEnd >= 0) {
			cuts.add(new int[] { badge + COUNT_BADGE.length, countEnd, Slot.CART_COUNT.ordinal() });
		}
		cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
		List<byte[]> parts = new ArrayList<>();
		List<Slot> slots = new ArrayList<>();
		int from = 0;
		for (int[] cut : cuts) {
			parts.add(Arrays.copyOfRange(html, from, cut[0]));
			slots.add(Slot.values()[cut[2]]);
			from = cut[1];
		}
		parts.add(Arrays.copyOfRange(html, from, html.length));
		return new CachedPage(version, renderedAt, List.copyOf(parts), List.copyOf(slots), kept(headers, parts));
	}

	/**
	 * The headers the page was sent with but those of one response (its cookies, length
	 * and age); a page without an ETag gets the digest of its parts, which does not
	 * change with the visitor.
	 */
	private static HttpHeaders kept(HttpHeaders rendered, List<byte[]> parts) {
		HttpHeaders headers = new HttpHeaders();
		rendered.forEach((name, values) -> {
			if (!ONE_RESPONSE.contains(name.toLowerCase(Locale.ROOT))) {
				headers.addAll(name, values);
			}
		});
		if (headers.getETag() == null) {
			headers.setETag("\"" + digest(parts) + "\"");
		}
		if (headers.getVary().isEmpty()) {
			headers.setVary(List.of(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE));
		}
		return HttpHeaders.readOnlyHttpHeaders(headers);
	}

	private static String digest(List<byte[]> parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			parts.forEach((part) -> digest.update(part));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest.digest(), 18));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	boolean needsToken() {
		return this.slots.contains(Slot.CSRF_TOKEN);
	}

	/**
	 * The page for one visitor, written into {@code buffers}' memory in one pass.
	 */
	DataBuffer fill(String token, int cartCount, DataBufferFactory buffers) {
		byte[] tokenBytes = token.getBytes(StandardCharsets.US_ASCII);
		byte[] countBytes = Integer.toString(cartCount).getBytes(StandardCharsets.US_ASCII);
		DataBuffer page = buffers.allocateBuffer(weight() + this.slots.size() * Math.max(tokenBytes.length, 4));
		for (int i = 0; i < this.slots.size(); i++) {
			page.write(this.parts.get(i));
			page.write((this.slots.get(i) == Slot.CSRF_TOKEN) ? tokenBytes : countBytes);
		}
		return page.write(this.parts.get(this.parts.size() - 1));
	}

	int weight() {
		return this.parts.stream().mapToInt((part) -> part.length).sum();
	}

	private static int indexOf(byte[] html, byte[] wanted, int from) {
		outer: for (int i = from; i <= html.length - wanted.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (html[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
