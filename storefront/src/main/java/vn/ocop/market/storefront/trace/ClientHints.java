package vn.ocop.market.storefront.trace;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

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
	 * @param forwardedFor the X-Forwarded-For header, or {@code null}
	 * @param remote the connection's address, or {@code null}
	 */
	static String hash(String secret, String forwardedFor, InetAddress remote, String userAgent) {
		String network = network(forwardedFor, remote);
		return hmac(secret, network + "|" + family(userAgent));
	}

	static String network(String forwardedFor, InetAddress remote) {
		String first = (forwardedFor != null) ? forwardedFor.split(",")[0].strip() : "";
		if (first.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
			return first.substring(0, first.lastIndexOf('.')) + ".0/24";
		}
		if (first.contains(":") && first.matches("[0-9A-Fa-f:]+")) {
			return ipv6Prefix(first);
		}
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
