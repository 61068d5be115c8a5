package vn.ocop.market.catalog.story;

import java.util.Set;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the stories producers write in Markdown. Producers are not trusted with HTML:
 * raw HTML is escaped and shown as text, links keep only safe schemes ({@code http},
 * {@code https}, {@code mailto}) and open without passing on the page, images are shown
 * as their alt text (no tracking pixels), and only paragraphs, lists and quotes are
 * blocks: a heading stays plain text so that a story cannot outrank the page's titles.
 */
public class SafeMarkdown {

	private final Parser parser = Parser.builder().enabledBlockTypes(Set.of(BlockQuote.class, ListBlock.class)).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.attributeProviderFactory((context) -> (node, tagName, attributes) -> {
			if (node instanceof Link) {
				attributes.put("rel", "nofollow noopener noreferrer ugc");
			}
		})
		.build();

	/**
	 * Returns safe HTML for the Markdown text.
	 * @param markdown the text, may be {@code null}
	 * @return the HTML, empty for no text
	 */
	public String render(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = this.parser.parse(markdown);
		replaceImagesWithTheirText(document);
		return this.renderer.render(document);
	}

	private static void replaceImagesWithTheirText(Node node) {
		Node child = node.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			if (child instanceof Image image) {
				StringBuilder alt = new StringBuilder();
				for (Node part = image.getFirstChild(); part != null; part = part.getNext()) {
					if (part instanceof Text text) {
						alt.append(text.getLiteral());
					}
				}
				image.insertBefore(new Text(alt.toString()));
				image.unlink();
			}
			else {
				replaceImagesWithTheirText(child);
			}
			child = next;
		}
	}

}
