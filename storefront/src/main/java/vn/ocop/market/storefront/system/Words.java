package vn.ocop.market.storefront.system;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The messages that lists repeat on every card and facet ("Thêm {0} vào giỏ", "5 sao"),
 * each resolved once per language: the bundles do not change while the app runs, and
 * under JFR looking them up and formatting them again for every card was a twentieth of a
 * listing's CPU. A message with an argument is resolved once with a placeholder, and the
 * argument goes where the placeholder came out.
 */
@Component
public class Words {

	/**
	 * Stands in for the argument: a private-use character, which no message holds.
	 */
	private static final String HOLE = "\uE000";

	private final MessageSource messages;

	private final Map<Key, String[]> resolved = new ConcurrentHashMap<>();

	public Words(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A message without arguments.
	 */
	public String get(String code, Locale locale) {
		return parts(code, locale, false)[0];
	}

	/**
	 * A message whose one argument ({@code {0}}) is the text given.
	 */
	public String with(String code, Locale locale, String text) {
		String[] parts = parts(code, locale, true);
		StringBuilder message = new StringBuilder(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			message.append(text).append(parts[i]);
		}
		return message.toString();
	}

	private String[] parts(String code, Locale locale, boolean argument) {
		// without arguments a message is not a MessageFormat pattern (its quotes stay),
		// so the two are resolved apart
		return this.resolved.computeIfAbsent(new Key(code, locale, argument),
				(key) -> argument ? this.messages.getMessage(code, new Object[] { HOLE }, locale).split(HOLE, -1)
						: new String[] { this.messages.getMessage(code, null, locale) });
	}

	private record Key(String code, Locale locale, boolean argument) {

	}

}
