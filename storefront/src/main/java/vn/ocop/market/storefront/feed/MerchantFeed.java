package vn.ocop.market.storefront.feed;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.province.Province;

/**
 * The Google Merchant Center product feed, which Meta's catalogues read too: RSS 2.0 with
 * the {@code g:} namespace, one {@code <item>} per priced listed product.
 */
@Component
class MerchantFeed {

	static final String TAIL = "</channel>\n</rss>\n";

	/** The longest title and brand Google takes. */
	private static final int TITLE_LIMIT = 150;

	private static final int BRAND_LIMIT = 70;

	/** Google reads ten additional images at most. */
	private static final int ADDITIONAL_IMAGES = 10;

	private final FeedWording wording;

	MerchantFeed(FeedWording wording) {
		this.wording = wording;
	}

	/**
	 * The XML declaration and the channel, which links to the province's page when the
	 * feed is one province's.
	 */
	String head(String site, Province province) {
		String link = (province != null) ? site + "/tinh/" + province.slug() : site + "/";
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">
				<channel>
				<title>%s</title>
				<link>%s</link>
				<description>%s</description>
				""".formatted(text(this.wording.title(province)), text(link), text(this.wording.description(province)));
	}

	String item(FeedItem item, String site) {
		StringBuilder xml = new StringBuilder(1024).append("<item>");
		element(xml, "id", item.slug());
		element(xml, "title", FeedWording.limit(item.name(), TITLE_LIMIT));
		element(xml, "description", this.wording.summary(item));
		element(xml, "link", item.link(site));
		List<String> photos = item.photoLinks(site);
		if (!photos.isEmpty()) {
			element(xml, "image_link", photos.get(0));
		}
		photos.stream()
			.skip(1)
			.limit(ADDITIONAL_IMAGES)
			.forEach((photo) -> element(xml, "additional_image_link", photo));
		element(xml, "price", item.priceVnd() + " VND");
		element(xml, "availability", item.availability());
		element(xml, "brand", FeedWording.limit(item.producerName(), BRAND_LIMIT));
		if (item.gtin() != null) {
			element(xml, "gtin", item.gtin().strip());
		}
		else {
			// a producer's own goods without a barcode, which Google then does not ask
			// for
			element(xml, "identifier_exists", "no");
		}
		element(xml, "condition", "new");
		element(xml, "product_type", this.wording.productType(item));
		return xml.append("</item>\n").toString();
	}

	private static void element(StringBuilder xml, String name, String value) {
		xml.append("<g:").append(name).append('>').append(text(value)).append("</g:").append(name).append('>');
	}

	/**
	 * The text escaped for XML, without the control characters XML 1.0 cannot carry at
	 * all (a producer's pasted description may hold some).
	 */
	static String text(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 16);
		value.codePoints().forEach((c) -> {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				default -> {
					if (allowed(c)) {
						escaped.appendCodePoint(c);
					}
				}
			}
		});
		return escaped.toString();
	}

	private static boolean allowed(int c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| c >= 0x10000;
	}

}
