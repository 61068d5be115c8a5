package vn.ocop.market.storefront.search;

import java.util.List;

import org.unbescape.html.HtmlEscape;

/**
 * A facet's options as list items, every value escaped: a link that adds (or, when
 * selected, removes) the value, its label and its count.
 */
final class FacetHtml {

	private FacetHtml() {
	}

	static String items(List<ListingView.Option> options, String facet) {
		StringBuilder html = new StringBuilder(options.size() * 220);
		for (ListingView.Option option : options) {
			html.append("\n<li><a href=\"").append(escape(option.url())).append('"');
			if (option.selected()) {
				html.append(" aria-current=\"true\" class=\"on\"");
			}
			html.append(" data-facet=\"")
				.append(facet)
				.append("\" data-key=\"")
				.append(escape(option.key()))
				.append("\">");
			if (option.spoken() != null) {
				html.append("<span class=\"stars\" aria-hidden=\"true\">")
					.append(escape(option.label()))
					.append("</span> <span class=\"visually-hidden\">")
					.append(escape(option.spoken()))
					.append("</span>");
			}
			else {
				html.append("<span>").append(escape(option.label())).append("</span>");
			}
			html.append(" <span class=\"count\">").append(escape(option.count())).append("</span></a></li>");
		}
		return html.toString();
	}

	private static String escape(String text) {
		return HtmlEscape.escapeHtml4Xml(text);
	}

}
