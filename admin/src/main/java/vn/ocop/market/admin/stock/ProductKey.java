package vn.ocop.market.admin.stock;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ocop.market.catalog.product.Gtin;
import vn.ocop.market.catalog.text.VietnameseText;

/**
 * What an operator typed, pasted or scanned to find a product: a GS1 Digital Link (the QR
 * stamp, with its lot), a {@code /t/} stamp code, a barcode's GTIN, or a name.
 */
record ProductKey(String gtin14, String lot, String traceCode, String folded) {

	private static final Pattern DIGITAL_LINK = Pattern.compile("/01/(\\d{8,14})(?:/22/[^/?#]+)?(?:/10/([^/?#]+))?");

	private static final Pattern ELEMENT_STRING = Pattern.compile("^\\(01\\)(\\d{14})(?:\\(10\\)(.{1,20}))?$");

	private static final Pattern STAMP = Pattern.compile("/t/([0-9A-Za-z]{6,16})(?:[/?#].*)?$");

	static ProductKey parse(String text) {
		String input = (text != null) ? text.strip() : "";
		Matcher link = DIGITAL_LINK.matcher(input);
		if (link.find()) {
			return gtin(link.group(1), (link.group(2) != null) ? decode(link.group(2)) : null, input);
		}
		Matcher element = ELEMENT_STRING.matcher(input.replace(" ", ""));
		if (element.matches()) {
			return gtin(element.group(1), element.group(2), input);
		}
		Matcher stamp = STAMP.matcher(input);
		if (stamp.find()) {
			return new ProductKey(null, null, stamp.group(1).toUpperCase(), null);
		}
		if (input.matches("\\d{8}|\\d{12,14}")) {
			return gtin(input, null, input);
		}
		return new ProductKey(null, null, null, VietnameseText.fold(input));
	}

	boolean empty() {
		return this.gtin14 == null && this.traceCode == null && (this.folded == null || this.folded.isBlank());
	}

	private static ProductKey gtin(String digits, String lot, String input) {
		return Gtin.parse(digits)
			.map((gtin) -> new ProductKey(gtin.value(), lot, null, null))
			.orElseGet(() -> new ProductKey(null, null, null, VietnameseText.fold(input)));
	}

	private static String decode(String lot) {
		return URLDecoder.decode(lot.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
