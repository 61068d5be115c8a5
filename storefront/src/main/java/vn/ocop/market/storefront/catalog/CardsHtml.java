package vn.ocop.market.storefront.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.unbescape.html.HtmlEscape;

import org.springframework.context.MessageSource;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.web.Formats;
import vn.ocop.market.scoring.ProductGroup;

/**
 * The product cards of every list (listing, home, province, producer, related products),
 * written as HTML in one pass:
 * {@code <div th:utext="${@cards.grid(items, #locale, _csrf, currentPath)}">}. Measured
 * under JFR, the same markup as nested Thymeleaf fragments (four per card, each resolved
 * again for every card) was most of a listing's CPU. Every value is escaped here; the
 * markup is the fragments' markup.
 */
@Component("cards")
public class CardsHtml {

	private final MessageSource messages;

	CardsHtml(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The cards of a list.
	 * @param csrf the page's token for the "Thêm vào giỏ" forms, if any
	 * @param back where a form brings the visitor back to
	 */
	public String grid(List<ProductCard> items, Locale locale, CsrfToken csrf, String back) {
		StringBuilder html = new StringBuilder(items.size() * 1800).append("<div class=\"cards\">");
		Words words = new Words(locale);
		for (ProductCard card : items) {
			card(html, card, words, csrf, back);
		}
		return html.append("</div>").toString();
	}

	/**
	 * The generated picture of a product without photos: its initials on its group's
	 * colour.
	 */
	public String placeholder(String name, String initials, ProductGroup group, boolean big, Locale locale) {
		StringBuilder html = new StringBuilder(640);
		placeholder(html, name, initials, group, big, locale);
		return html.toString();
	}

	/**
	 * The OCOP star badge.
	 */
	public String stars(int stars, Locale locale) {
		StringBuilder html = new StringBuilder(200);
		stars(html, stars, new Words(locale));
		return html.toString();
	}

	/**
	 * The words every card of a list repeats, looked up once per list: under JFR, message
	 * lookups and their formatting were half of the cards' cost.
	 */
	private final class Words {

		private final Locale locale;

		private final String[] stars = new String[6];

		private final Map<String, String> words = new HashMap<>();

		Words(Locale locale) {
			this.locale = locale;
		}

		String stars(int stars) {
			if (stars < 0 || stars >= this.stars.length) {
				return escape(message("stars.label", this.locale, stars));
			}
			if (this.stars[stars] == null) {
				this.stars[stars] = escape(message("stars.label", this.locale, stars));
			}
			return this.stars[stars];
		}

		/**
		 * A message without arguments, escaped.
		 */
		String word(String code) {
			return this.words.computeIfAbsent(code, (c) -> escape(message(c, this.locale)));
		}

	}

	private void card(StringBuilder html, ProductCard card, Words words, CsrfToken csrf, String back) {
		Locale locale = words.locale;
		html.append("\n<article class=\"card\">\n  <a class=\"card-link\" href=\"/san-pham/")
			.append(escape(card.slug()))
			.append("\">\n");
		placeholder(html, card.name(), card.initials(), card.group(), false, locale);
		html.append("\n    <h3 class=\"card-title\">");
		for (NamePart part : card.nameParts()) {
			if (part.match()) {
				html.append("<mark>").append(escape(part.text())).append("</mark>");
			}
			else {
				html.append(escape(part.text()));
			}
		}
		html.append("</h3>\n  </a>\n  ");
		stars(html, card.stars(), words);
		html.append("\n  <p class=\"producer\">")
			.append(escape(card.producerName()))
			.append("</p>\n  <p class=\"place\"><span>")
			.append(escape(english(locale) ? card.province().nameEn() : card.province().nameVi()))
			.append("</span>");
		if (!card.formerProvinces().isEmpty()) {
			html.append(" <span class=\"former\">")
				.append(escape(message("card.former", locale, String.join(", ", card.formerProvinces()))))
				.append("</span>");
		}
		html.append("</p>\n  <p class=\"price\">")
			.append((card.priceVnd() != null) ? escape(Formats.price(card.priceVnd())) : words.word("price.none"))
			.append("</p>\n");
		if (card.buyable()) {
			addToCart(html, card, words, csrf, back);
		}
		html.append("</article>");
	}

	/**
	 * "Thêm vào giỏ": a plain form POST; cart.js turns it into a request that updates the
	 * header's count.
	 */
	private void addToCart(StringBuilder html, ProductCard card, Words words, CsrfToken csrf, String back) {
		html.append("  <form class=\"add-to-cart\" action=\"/gio-hang/them\" method=\"post\">\n");
		if (csrf != null) {
			hidden(html, csrf.getParameterName(), csrf.getToken());
		}
		hidden(html, "slug", card.slug());
		hidden(html, "back", back);
		html.append("    <button type=\"submit\" class=\"add\" aria-label=\"")
			.append(escape(message("cart.add.named", words.locale, card.name())))
			.append("\" data-added=\"")
			.append(words.word("cart.added.short"))
			.append("\">")
			.append(words.word("cart.add"))
			.append("</button>\n  </form>\n");
	}

	private static void hidden(StringBuilder html, String name, String value) {
		html.append("    <input type=\"hidden\" name=\"")
			.append(escape(name))
			.append("\" value=\"")
			.append(escape(value))
			.append("\">\n");
	}

	private void placeholder(StringBuilder html, String name, String initials, ProductGroup group, boolean big,
			Locale locale) {
		html.append("<svg class=\"")
			.append(big ? "ph ph-big" : "ph")
			.append("\" viewBox=\"0 0 160 120\" role=\"img\" preserveAspectRatio=\"xMidYMid slice\" aria-label=\"")
			.append(escape(message("card.placeholder", locale, name)))
			.append("\">\n  <rect width=\"160\" height=\"120\" class=\"g-")
			.append(group.code())
			.append("\"/>\n  <circle cx=\"138\" cy=\"18\" r=\"46\" fill=\"#fff\" opacity=\".10\"/>\n")
			.append("  <circle cx=\"14\" cy=\"118\" r=\"36\" fill=\"#000\" opacity=\".08\"/>\n")
			.append("  <text x=\"80\" y=\"74\" text-anchor=\"middle\" font-size=\"42\" font-weight=\"700\" fill=\"#fff\"")
			.append(" font-family=\"system-ui, sans-serif\">")
			.append(escape(initials))
			.append("</text>\n  <text x=\"80\" y=\"100\" text-anchor=\"middle\" font-size=\"10\" fill=\"#fff\"")
			.append(" opacity=\".9\" font-family=\"system-ui, sans-serif\">")
			.append(escape(english(locale) ? group.labelEn() : group.labelVi()))
			.append("</text>\n</svg>");
	}

	private void stars(StringBuilder html, int stars, Words words) {
		html.append("<span class=\"badge-stars\" role=\"img\" aria-label=\"")
			.append(words.stars(stars))
			.append("\"><span aria-hidden=\"true\">")
			.append("★".repeat(Math.max(0, stars)))
			.append("</span><span class=\"ocop\" aria-hidden=\"true\">OCOP</span></span>");
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	private static String escape(String text) {
		return (text != null) ? HtmlEscape.escapeHtml4Xml(text) : "";
	}

}
