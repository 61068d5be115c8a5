package vn.ocop.market.admin.files;

import java.util.List;

/**
 * The file as a whole cannot be read (wrong format, encoding or columns). Carries a
 * message key and its arguments for the user's language.
 */
public class UnreadableFileException extends RuntimeException {

	private final String messageKey;

	private final List<Object> args;

	public UnreadableFileException(String messageKey, Object... args) {
		super(messageKey + " " + List.of(args));
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.toArray();
	}

}
