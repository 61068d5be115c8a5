package vn.ocop.market.admin.files;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;

/**
 * Reads an uploaded part into memory, refusing it as soon as it passes its limit.
 */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * @return the bytes; an error {@link TooLargeException} past {@code maxBytes}, an
	 * empty Mono for an empty part
	 */
	public static Mono<byte[]> read(FilePart part, int maxBytes) {
		return DataBufferUtils.join(part.content(), maxBytes).map((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		})
			.filter((bytes) -> bytes.length > 0)
			.onErrorMap(DataBufferLimitException.class, (ex) -> new TooLargeException());
	}

	public static final class TooLargeException extends RuntimeException {

		TooLargeException() {
			super("Upload too large", null, false, false);
		}

	}

}
