package vn.ocop.market.admin.portal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import vn.ocop.market.admin.files.FileType;

/**
 * Decodes an uploaded photo and scales it to fit {@link #MAX_SIDE} pixels, in the
 * original's format. Blocking: call it on a bounded elastic scheduler.
 */
final class Thumbnails {

	static final int MAX_SIDE = 400;

	/**
	 * Larger pictures are refused before decoding: a small file can hold a huge image.
	 */
	static final long MAX_PIXELS = 50_000_000L;

	private Thumbnails() {
	}

	/**
	 * @return the decoded size and the thumbnail, or null when the bytes are not an image
	 * this JVM can read
	 * @throws Photos.RefusedPhotoException when the picture has too many pixels to decode
	 * safely
	 */
	static Thumbnail of(byte[] original, FileType type) {
		try {
			if (!reasonableSize(original)) {
				throw new Photos.RefusedPhotoException("photo.error.dimensions");
			}
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(original));
			if (image == null) {
				return null;
			}
			double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
			int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
			int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
			boolean png = type == FileType.PNG;
			BufferedImage small = new BufferedImage(width, height,
					png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = small.createGraphics();
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(image, 0, 0, width, height, null);
			graphics.dispose();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(small, png ? "png" : "jpeg", out);
			return new Thumbnail(image.getWidth(), image.getHeight(), out.toByteArray());
		}
		catch (IOException | IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean reasonableSize(byte[] original) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return true;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input);
				return (long) reader.getWidth(0) * reader.getHeight(0) <= MAX_PIXELS;
			}
			finally {
				reader.dispose();
			}
		}
	}

	record Thumbnail(int width, int height, byte[] bytes) {

	}

}
