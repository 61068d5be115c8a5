package vn.ocop.market.storefront.trace;

import java.util.Arrays;
import java.util.Optional;

/**
 * The GS1 Web Vocabulary link types this resolver serves.
 */
enum LinkType {

	PIP("pip"), TRACEABILITY("traceability"), CERTIFICATION_INFO("certificationInfo"), DEFAULT_LINK("defaultLink");

	static final String VOCABULARY = "https://gs1.org/voc/";

	private final String term;

	LinkType(String term) {
		this.term = term;
	}

	String uri() {
		return VOCABULARY + this.term;
	}

	String curie() {
		return "gs1:" + this.term;
	}

	/**
	 * Reads {@code gs1:pip} or {@code https://gs1.org/voc/pip}.
	 */
	static Optional<LinkType> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String term = value.startsWith("gs1:") ? value.substring(4)
				: value.startsWith(VOCABULARY) ? value.substring(VOCABULARY.length()) : null;
		return Arrays.stream(values()).filter((type) -> type.term.equals(term)).findFirst();
	}

	/**
	 * {@code linkType=linkset} (or {@code all}) asks for every link at once.
	 */
	static boolean asksForLinkset(String value) {
		return "linkset".equals(value) || "all".equals(value);
	}

}
