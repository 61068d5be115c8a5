package vn.ocop.market.storefront.feed;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The product list for marketplaces' bulk uploads: RFC 4180 CSV in UTF-8 with a byte
 * order mark (so Excel reads Vietnamese), one line per listed product, priced or not.
 * Text cells are quoted and a leading formula character is defused, as in the office's
 * downloads, so that a spreadsheet never runs a cell.
 */
@Component
class CsvFeed {

	static final String HEADER = "\uFEFF" + String.join(",", "sku", "gtin", "title", "description", "price_vnd",
			"availability", "stock_online", "url", "image_url", "brand", "province", "product_group", "ocop_stars",
			"certificate_no", "certificate_valid_until") + "\r\n";

	private final FeedWording wording;

	CsvFeed(FeedWording wording) {
		this.wording = wording;
	}

	String line(FeedItem item, String site) {
		List<String> photos = item.photoLinks(site);
		List<Object> cells = Arrays.asList(item.slug(), (item.gtin() != null) ? item.gtin().strip() : null, item.name(),
				this.wording.summary(item), item.priceVnd(), item.availability(), item.stockOnline(), item.link(site),
				photos.isEmpty() ? null : photos.get(0), item.producerName(), this.wording.province(item.province()),
				this.wording.group(item), item.stars(), item.certificateNo(), item.certificateValidUntil().toString());
		return cells.stream().map(CsvFeed::cell).collect(Collectors.joining(",", "", "\r\n"));
	}

	static String cell(Object value) {
		if (value instanceof Number number) {
			return number.toString();
		}
		if (value == null || value.toString().isEmpty()) {
			return "";
		}
		String text = value.toString();
		String safe = ("=+-@".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
		return '"' + safe.replace("\"", "\"\"") + '"';
	}

}
