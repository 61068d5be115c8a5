package vn.ocop.market.storefront.trace;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A scan's client as a salted hash of coarse hints: the /24 (IPv4) or /48 (IPv6) network
 * and the browser family. Enough to count distinct clients, never enough to find a
 * person: no raw address is kept.
 */
final class ClientHints {

	private ClientHints() {
	}

	/**
	 * Link previews, crawlers and HTTP tools fetch a stamp's page without anyone holding
	 * the product: their visits are not scans. A request without a User-Agent is none
	 * either; every phone browser sends one.
	 */
	private static final Pattern NOT_A_PERSON = Pattern.compile(
			"bot[/\\-_;+)]|bot$|slackbot|\\+https?://|crawl|spider|slurp|facebookexternalhit|facebookcatalog|embedly"
					+ "|preview|whatsapp|telegram|vkshare|pinterest|curl/|wget/|python-requests|go-http-client|okhttp"
					+ "|reactornetty|java/|java-http-client",
			Pattern.CASE_INSENSITIVE);

	/**
	 * @param remote the client's address (behind our own proxy, the address it forwarded:
	 * see {@code server.forward-headers-strategy}), or {@code null}
	 */
	static String hash(String secret, InetSocketAddress remote, String userAgent) {
		return hmac(secret, network(address(remote)) + "|" + family(userAgent));
	}

	/**
	 * The address of a connection, or the literal a proxy forwarded (which Spring leaves
	 * unresolved); never a DNS lookup.
	 */
	static InetAddress address(InetSocketAddress remote) {
		if (remote == null) {
			return null;
		}
		if (remote.getAddress() != null) {
			return remote.getAddress();
		}
		String host = remote.getHostString().replaceAll("^\\[|]$", "");
		if (!host.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !host.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
			return null;
		}
		try {
			return InetAddress.getByName(host);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	static boolean isPerson(String userAgent) {
		return userAgent != null && !userAgent.isBlank() && !NOT_A_PERSON.matcher(userAgent).find();
	}

	static String network(InetAddress remote) {
		if (remote == null) {
			return "unknown";
		}
		byte[] bytes = remote.getAddress();
		if (bytes.length == 4) {
			return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
		}
		return ipv6Prefix(remote.getHostAddress());
	}

	private static String ipv6Prefix(String address) {
		String[] groups = address.toLowerCase(Locale.ROOT).split(":", -1);
		StringBuilder prefix = new StringBuilder();
		for (int i = 0; i < 3 && i < groups.length; i++) {
			prefix.append(groups[i]).append(':');
		}
		return prefix + ":/48";
	}

	/**
	 * The browser family and platform, without versions.
	 */
	static String family(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "none";
		}
		String ua = userAgent.toLowerCase(Locale.ROOT);
		String platform = ua.contains("android") ? "android" : (ua.contains("iphone") || ua.contains("ipad")) ? "ios"
				: ua.contains("windows") ? "windows" : ua.contains("mac os") ? "mac" : "other";
		String browser = ua.contains("zalo") ? "zalo" : ua.contains("edg/") ? "edge" : ua.contains("firefox")
				? "firefox" : ua.contains("chrome") ? "chrome" : ua.contains("safari") ? "safari" : "other";
		return browser + "/" + platform;
	}

	private static String hmac(String secret, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
