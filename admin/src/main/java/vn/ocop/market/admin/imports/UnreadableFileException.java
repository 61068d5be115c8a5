package vn.ocop.market.admin.imports;

import java.util.List;

/**
 * The file as a whole cannot be read as a certification file (wrong format, encoding or
 * columns). Carries a message key and its arguments for the user's language.
 */
class UnreadableFileException extends RuntimeException {

	private final String messageKey;

	private final List<Object> args;

	UnreadableFileException(String messageKey, Object... args) {
		super(messageKey + " " + List.of(args));
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] args() {
		return this.args.toArray();
	}

}
