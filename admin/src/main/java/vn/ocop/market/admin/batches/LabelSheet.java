package vn.ocop.market.admin.batches;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.ocop.market.admin.files.TablePdf;
import vn.ocop.market.catalog.gs1.QrCodes;

/**
 * An A4 sheet of 3 × 8 labels (70 × 37 mm, the common sticker sheet), each with the
 * batch's QR code and its text. Blocking: run on a bounded elastic scheduler.
 */
final class LabelSheet {

	static final int COLUMNS = 3;

	static final int ROWS = 8;

	static final int MAX_LABELS = COLUMNS * ROWS * 20;

	private static final float PADDING = 8;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private LabelSheet() {
	}

	static byte[] pdf(Label label, int count) {
		try (PDDocument document = new PDDocument()) {
			PDType0Font regular = TablePdf.font(document, false);
			PDType0Font bold = TablePdf.font(document, true);
			PDImageXObject qr = PDImageXObject.createFromByteArray(document, QrCodes.png(label.url(), 8), "qr");
			float width = PDRectangle.A4.getWidth() / COLUMNS;
			float height = PDRectangle.A4.getHeight() / ROWS;
			PDPageContentStream content = null;
			for (int i = 0; i < count; i++) {
				int slot = i % (COLUMNS * ROWS);
				if (slot == 0) {
					if (content != null) {
						content.close();
					}
					PDPage page = new PDPage(PDRectangle.A4);
					document.addPage(page);
					content = new PDPageContentStream(document, page);
				}
				float x = (slot % COLUMNS) * width;
				float y = PDRectangle.A4.getHeight() - (slot / COLUMNS + 1) * height;
				draw(content, label, qr, regular, bold, x, y, width, height);
			}
			if (content != null) {
				content.close();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void draw(PDPageContentStream content, Label label, PDImageXObject qr, PDType0Font regular,
			PDType0Font bold, float x, float y, float width, float height) throws IOException {
		float side = height - 2 * PADDING;
		content.drawImage(qr, x + PADDING, y + PADDING, side, side);
		float textX = x + PADDING + side + 4;
		float textWidth = width - side - 2 * PADDING - 4;
		float line = y + height - PADDING - 9;
		for (String part : wrap(label.productName(), bold, 8.5f, textWidth, 3)) {
			line = text(content, bold, 8.5f, part, textX, line);
		}
		line = text(content, regular, 9, label.starText(), textX, line - 2);
		line = text(content, regular, 8, "Lô: " + label.lot(), textX, line);
		if (label.bestBefore() != null) {
			text(content, regular, 8, "HSD: " + DATE.format(label.bestBefore()), textX, line);
		}
	}

	private static float text(PDPageContentStream content, PDType0Font font, float size, String text, float x, float y)
			throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
		return y - size - 2.5f;
	}

	static List<String> wrap(String text, PDType0Font font, float size, float width, int maxLines) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (font.getStringWidth(candidate) / 1000 * size <= width || current.isEmpty()) {
				current.setLength(0);
				current.append(candidate);
			}
			else {
				lines.add(current.toString());
				current.setLength(0);
				current.append(word);
			}
		}
		lines.add(current.toString());
		if (lines.size() > maxLines) {
			List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
			kept.set(maxLines - 1, kept.get(maxLines - 1) + "…");
			return kept;
		}
		return lines;
	}

}
