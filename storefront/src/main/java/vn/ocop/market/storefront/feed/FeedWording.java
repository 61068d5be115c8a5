package vn.ocop.market.storefront.feed;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.storefront.system.Labels;

/**
 * The words of the feeds, in Vietnamese whatever language the fetcher asks for: they
 * describe the shop to Vietnamese shoppers on other channels.
 */
@Component
class FeedWording {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** The longest description Google Merchant Center takes. */
	private static final int DESCRIPTION_LIMIT = 5000;

	private final MessageSource messages;

	private final Labels labels;

	FeedWording(MessageSource messages, Labels labels) {
		this.messages = messages;
		this.labels = labels;
	}

	String title(Province province) {
		return (province != null) ? message("feed.title.province", province(province)) : message("feed.title");
	}

	String description(Province province) {
		return (province != null) ? message("feed.description.province", province(province))
				: message("feed.description");
	}

	/**
	 * The product's description, or its name, group and stars when it has none.
	 */
	String summary(FeedItem item) {
		String description = (item.description() != null) ? item.description().strip() : "";
		return description.isEmpty() ? message("feed.summary", item.name(), group(item), item.stars())
				: limit(description, DESCRIPTION_LIMIT);
	}

	/**
	 * Such as "OCOP > Thực phẩm > 4 sao".
	 */
	String productType(FeedItem item) {
		return message("feed.product-type", group(item), item.stars());
	}

	String group(FeedItem item) {
		return this.labels.group(item.group(), VIETNAMESE);
	}

	String province(Province province) {
		return this.labels.province(province, VIETNAMESE);
	}

	/**
	 * The text cut to at most so many characters, never inside one.
	 */
	static String limit(String text, int characters) {
		return (text.codePointCount(0, text.length()) > characters)
				? text.substring(0, text.offsetByCodePoints(0, characters)) : text;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, VIETNAMESE);
	}

}
