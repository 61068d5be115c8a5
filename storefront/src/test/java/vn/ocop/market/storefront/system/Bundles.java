package vn.ocop.market.storefront.system;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The storefront's message bundles, read as the app reads them, for tests without a
 * Spring context.
 */
public final class Bundles {

	private Bundles() {
	}

	public static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	public static Words words() {
		return new Words(messages());
	}

}
