package vn.ocop.market.admin.imports;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;

/**
 * Reads an uploaded file into memory, refusing it past the size limit without reading the
 * rest.
 */
final class Uploads {

	private Uploads() {
	}

	static Mono<byte[]> read(FilePart file) {
		return DataBufferUtils.join(file.content(), CertificationFile.MAX_BYTES).map((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		}).onErrorMap(DataBufferLimitException.class, (ex) -> new FileTooLargeException());
	}

	static class FileTooLargeException extends RuntimeException {

		FileTooLargeException() {
			super("File larger than " + CertificationFile.MAX_BYTES + " bytes");
		}

	}

}
