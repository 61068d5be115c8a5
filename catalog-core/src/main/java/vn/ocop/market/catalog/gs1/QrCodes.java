package vn.ocop.market.catalog.gs1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as PNG and SVG (ZXing). Error correction M and a four-module quiet zone, as a
 * printed stamp needs. Blocking CPU work: call it on {@code Schedulers.boundedElastic()}.
 */
public final class QrCodes {

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4, EncodeHintType.CHARACTER_SET, "UTF-8");

	private QrCodes() {
	}

	public static BitMatrix matrix(String content) {
		try {
			return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, HINTS);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode as a QR code: " + content, ex);
		}
	}

	public static byte[] png(String content, int pixelsPerModule) {
		BitMatrix modules = matrix(content);
		BitMatrix scaled = new BitMatrix(modules.getWidth() * pixelsPerModule, modules.getHeight() * pixelsPerModule);
		for (int y = 0; y < modules.getHeight(); y++) {
			for (int x = 0; x < modules.getWidth(); x++) {
				if (modules.get(x, y)) {
					scaled.setRegion(x * pixelsPerModule, y * pixelsPerModule, pixelsPerModule, pixelsPerModule);
				}
			}
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			MatrixToImageWriter.writeToStream(scaled, "PNG", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One path of unit squares in a viewBox of modules: crisp at any size.
	 */
	public static String svg(String content) {
		BitMatrix modules = matrix(content);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < modules.getHeight(); y++) {
			for (int x = 0; x < modules.getWidth(); x++) {
				if (modules.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + modules.getWidth() + " "
				+ modules.getHeight()
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
				+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

}
