package vn.ocop.market.storefront.catalog;

import java.util.List;
import java.util.Locale;

import org.unbescape.html.HtmlEscape;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.web.Formats;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.system.Words;

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

	private final Words words;

	CardsHtml(Words words) {
		this.words = words;
	}

	/**
	 * The cards of a list.
	 * @param csrf the page's token for the "Thêm vào giỏ" forms, if any
	 * @param back where a form brings the visitor back to
	 */
	public String grid(List<ProductCard> items, Locale locale, CsrfToken csrf, String back) {
		StringBuilder html = new StringBuilder(items.size() * 1300).append("<div class=\"cards\">");
		for (ProductCard card : items) {
			card(html, card, locale, csrf, back);
		}
		return html.append("</div>").toString();
	}

	/**
	 * The generated picture of a product without photos: its initials on its group's
	 * colour.
	 */
	public String placeholder(String name, String initials, ProductGroup group, boolean big, Locale locale) {
		StringBuilder html = new StringBuilder(256);
		placeholder(html, name, initials, group, big, locale);
		return html.toString();
	}

	/**
	 * The OCOP star badge.
	 */
	public String stars(int stars, Locale locale) {
		StringBuilder html = new StringBuilder(200);
		stars(html, stars, locale);
		return html.toString();
	}

	private void card(StringBuilder html, ProductCard card, Locale locale, CsrfToken csrf, String back) {
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
		stars(html, card.stars(), locale);
		html.append("\n  <p class=\"producer\">")
			.append(escape(card.producerName()))
			.append("</p>\n  <p class=\"place\"><span>")
			.append(escape(english(locale) ? card.province().nameEn() : card.province().nameVi()))
			.append("</span>");
		if (!card.formerProvinces().isEmpty()) {
			html.append(" <span class=\"former\">")
				.append(escape(this.words.with("card.former", locale, String.join(", ", card.formerProvinces()))))
				.append("</span>");
		}
		html.append("</p>\n  <p class=\"price\">")
			.append((card.priceVnd() != null) ? escape(Formats.price(card.priceVnd())) : word("price.none", locale))
			.append("</p>\n");
		if (card.buyable()) {
			addToCart(html, card, locale, csrf, back);
		}
		html.append("</article>");
	}

	/**
	 * "Thêm vào giỏ": a plain form POST; cart.js turns it into a request that updates the
	 * header's count.
	 */
	private void addToCart(StringBuilder html, ProductCard card, Locale locale, CsrfToken csrf, String back) {
		html.append("  <form class=\"add-to-cart\" action=\"/gio-hang/them\" method=\"post\">\n");
		if (csrf != null) {
			hidden(html, csrf.getParameterName(), csrf.getToken());
		}
		hidden(html, "slug", card.slug());
		hidden(html, "back", back);
		html.append("    <button type=\"submit\" class=\"add\" aria-label=\"")
			.append(escape(this.words.with("cart.add.named", locale, card.name())))
			.append("\" data-added=\"")
			.append(word("cart.added.short", locale))
			.append("\">")
			.append(word("cart.add", locale))
			.append("</button>\n  </form>\n");
	}

	private static void hidden(StringBuilder html, String name, String value) {
		html.append("    <input type=\"hidden\" name=\"")
			.append(escape(name))
			.append("\" value=\"")
			.append(escape(value))
			.append("\">\n");
	}

	/**
	 * Drawn by the style sheet ({@code .ph}): a fifth of the markup of the inline SVG it
	 * replaced, which was a third of a listing's bytes.
	 */
	private void placeholder(StringBuilder html, String name, String initials, ProductGroup group, boolean big,
			Locale locale) {
		html.append("<span class=\"")
			.append(big ? "ph ph-big" : "ph")
			.append(" g-")
			.append(group.code())
			.append("\" role=\"img\" aria-label=\"")
			.append(escape(this.words.with("card.placeholder", locale, name)))
			.append("\"><b aria-hidden=\"true\">")
			.append(escape(initials))
			.append("</b><small aria-hidden=\"true\">")
			.append(escape(english(locale) ? group.labelEn() : group.labelVi()))
			.append("</small></span>");
	}

	private void stars(StringBuilder html, int stars, Locale locale) {
		html.append("<span class=\"badge-stars\" role=\"img\" aria-label=\"")
			.append(escape(this.words.with("stars.label", locale, String.valueOf(stars))))
			.append("\"><span aria-hidden=\"true\">")
			.append("★".repeat(Math.max(0, stars)))
			.append("</span><span class=\"ocop\" aria-hidden=\"true\">OCOP</span></span>");
	}

	private String word(String code, Locale locale) {
		return escape(this.words.get(code, locale));
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	private static String escape(String text) {
		return (text != null) ? HtmlEscape.escapeHtml4Xml(text) : "";
	}

}
