package vn.ocop.market.admin.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types producers may upload, recognised by their first bytes, never by the name
 * or the type the browser claims.
 */
public enum FileType {

	PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), WEBP("image/webp", "webp");

	private final String contentType;

	private final String extension;

	FileType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

	public boolean isImage() {
		return this != PDF;
	}

	public static Optional<FileType> sniff(byte[] content) {
		if (startsWith(content, 0, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	public static Optional<FileType> ofContentType(String contentType) {
		return Arrays.stream(values()).filter((type) -> type.contentType.equals(contentType)).findFirst();
	}

	private static boolean startsWith(byte[] content, int offset, int... magic) {
		if (content.length < offset + magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[offset + i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
