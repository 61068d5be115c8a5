package vn.ocop.market.storefront.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;

/**
 * The links of one identified item (a product or a batch) as an RFC 9264 linkset, the
 * answer of a GS1-conformant resolver to {@code Accept: application/linkset+json}.
 *
 * @param anchor the item's canonical URI
 * @param language the language of the linked pages
 */
record Linkset(String anchor, String language, List<Link> links) {

	static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/linkset+json");

	/**
	 * One link; every target here is an HTML page of this site.
	 */
	record Link(LinkType type, String href, String title) {

	}

	Optional<Link> first(LinkType type) {
		return this.links.stream().filter((link) -> link.type() == type).findFirst();
	}

	Map<String, Object> json() {
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("anchor", this.anchor);
		for (Link link : this.links) {
			@SuppressWarnings("unchecked")
			List<Object> targets = (List<Object>) context.computeIfAbsent(link.type().uri(),
					(key) -> new ArrayList<>());
			targets.add(Map.of("href", link.href(), "title", link.title(), "type", "text/html", "hreflang",
					List.of(this.language)));
		}
		return Map.of("linkset", List.of(context));
	}

	/**
	 * The HTTP {@code Link} header: where the linkset is, and the main links.
	 */
	String header() {
		String linkset = "<" + this.anchor + "?linkType=linkset>; rel=\"linkset\"; type=\"" + MEDIA_TYPE + "\"";
		String others = this.links.stream()
			.filter((link) -> link.type() != LinkType.TRACEABILITY || link.href().equals(this.anchor))
			.map((link) -> "<" + link.href() + ">; rel=\"" + link.type().uri() + "\"; hreflang=\"" + this.language
					+ "\"")
			.collect(Collectors.joining(", "));
		return others.isEmpty() ? linkset : linkset + ", " + others;
	}

}
