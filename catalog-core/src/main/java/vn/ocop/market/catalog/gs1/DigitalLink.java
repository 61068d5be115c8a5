package vn.ocop.market.catalog.gs1;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.ocop.market.catalog.product.Gtin;

/**
 * A GS1 Digital Link URI for a product or one of its batches:
 * {@code https://{host}/01/{GTIN-14}[/10/{lot}]}, qualifiers in the standard's order, the
 * lot percent-encoded as the GS1 Digital Link URI syntax requires. What the QR code on a
 * label carries.
 *
 * @param lot null for the product itself
 */
public record DigitalLink(Gtin gtin, String lot) {

	/** GS1 application identifiers used here. */
	public static final String GTIN = "01";

	public static final String LOT = "10";

	private static final Pattern LOT_TEXT = Pattern.compile("[!-~]{1,20}");

	private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

	public DigitalLink {
		Objects.requireNonNull(gtin, "gtin");
		if (lot != null && !LOT_TEXT.matcher(lot).matches()) {
			throw new IllegalArgumentException("A lot is 1 to 20 printable ASCII characters: " + lot);
		}
	}

	public static DigitalLink product(Gtin gtin) {
		return new DigitalLink(gtin, null);
	}

	public static DigitalLink batch(Gtin gtin, String lot) {
		return new DigitalLink(gtin, Objects.requireNonNull(lot, "lot"));
	}

	/**
	 * The path part: {@code /01/08934588012228/10/L%2F24}.
	 */
	public String path() {
		String path = "/" + GTIN + "/" + this.gtin.value();
		return (this.lot != null) ? path + "/" + LOT + "/" + encode(this.lot) : path;
	}

	/**
	 * The full URI on the resolver at {@code base} (scheme and host, no trailing slash).
	 */
	public String uri(String base) {
		return TRAILING_SLASHES.matcher(base).replaceAll("") + path();
	}

	/**
	 * Percent-encodes everything but RFC 3986 unreserved characters, as GS1 Digital Link
	 * asks for AI values.
	 */
	static String encode(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.US_ASCII)) {
			char c = (char) b;
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b));
			}
		}
		return encoded.toString();
	}

}
