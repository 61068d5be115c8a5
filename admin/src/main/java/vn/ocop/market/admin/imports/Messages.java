package vn.ocop.market.admin.imports;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.province.Province;

/**
 * Renders stored row errors in the reader's language.
 */
@Component
class Messages {

	/** Marks an argument that is itself a message key, such as a level or group label. */
	static final String LABEL_PREFIX = "#";

	private final MessageSource messages;

	Messages(MessageSource messages) {
		this.messages = messages;
	}

	String error(RowError error, Locale locale) {
		Object[] args = error.args()
			.stream()
			.map((arg) -> arg.startsWith(LABEL_PREFIX) ? new DefaultMessageSourceResolvable(arg.substring(1)) : arg)
			.toArray();
		return this.messages.getMessage(error.messageKey(), args, error.code().name(), locale);
	}

	String get(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	static String provinceName(Province province, Locale locale) {
		return "en".equals(locale.getLanguage()) ? province.nameEn() : province.nameVi();
	}

}
