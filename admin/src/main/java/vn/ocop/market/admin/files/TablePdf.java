package vn.ocop.market.admin.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.core.io.ClassPathResource;

/**
 * Tables as an A4 document with a title and a few lines under it: statements and reports
 * to print or send up the chain. DejaVu Sans carries every Vietnamese letter. Blocking:
 * run on a bounded elastic scheduler.
 */
public final class TablePdf {

	private static final float MARGIN = 40;

	private static final float SIZE = 9;

	private static final float ROW = 15;

	private TablePdf() {
	}

	/**
	 * @param widths each column's share of the page width, the same for every table
	 */
	public static byte[] of(String title, List<String> lines, List<Table> tables, float[] widths) {
		return of(title, lines, tables, Collections.nCopies(tables.size(), widths));
	}

	/**
	 * @param widths for each table, each column's share of the page width
	 */
	public static byte[] of(String title, List<String> lines, List<Table> tables, List<float[]> widths) {
		try (PDDocument document = new PDDocument()) {
			PDType0Font regular = font(document, false);
			PDType0Font bold = font(document, true);
			Writer writer = new Writer(document, regular, bold);
			writer.line(bold, 14, title);
			for (String line : lines) {
				writer.line(regular, 10, line);
			}
			for (int t = 0; t < tables.size(); t++) {
				Table table = tables.get(t);
				writer.gap();
				writer.line(bold, 11, table.title());
				writer.row(bold, table.headers().stream().map(Object.class::cast).toList(), widths.get(t));
				for (List<Object> row : table.rows()) {
					writer.row(regular, row, widths.get(t));
				}
			}
			writer.close();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static PDType0Font font(PDDocument document, boolean bold) throws IOException {
		String path = bold ? "fonts/DejaVuSans-Bold.ttf" : "fonts/DejaVuSans.ttf";
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return PDType0Font.load(document, in);
		}
	}

	/**
	 * Writes down the page, starting a new one when it is full.
	 */
	private static final class Writer {

		private final PDDocument document;

		private final PDType0Font regular;

		private final PDType0Font bold;

		private PDPageContentStream content;

		private float y;

		Writer(PDDocument document, PDType0Font regular, PDType0Font bold) throws IOException {
			this.document = document;
			this.regular = regular;
			this.bold = bold;
			page();
		}

		void line(PDType0Font font, float size, String text) throws IOException {
			room(size + 6);
			write(font, size, text, MARGIN, this.y, PDRectangle.A4.getWidth() - 2 * MARGIN);
			this.y -= size + 6;
		}

		void gap() {
			this.y -= 8;
		}

		void row(PDType0Font font, List<Object> cells, float[] widths) throws IOException {
			room(ROW);
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			float x = MARGIN;
			for (int i = 0; i < cells.size() && i < widths.length; i++) {
				float cell = widths[i] * width;
				Object value = cells.get(i);
				String text = (value instanceof Number number)
						? vn.ocop.market.catalog.web.Formats.number(number.longValue())
						: (value != null) ? value.toString() : "";
				write(font, SIZE, text, x + 2, this.y, cell - 4);
				x += cell;
			}
			this.content.moveTo(MARGIN, this.y - 4);
			this.content.lineTo(MARGIN + width, this.y - 4);
			this.content.setLineWidth(0.3f);
			this.content.stroke();
			this.y -= ROW;
		}

		void close() throws IOException {
			this.content.close();
		}

		private void write(PDType0Font font, float size, String text, float x, float y, float width)
				throws IOException {
			String fitted = text;
			while (!fitted.isEmpty() && font.getStringWidth(fitted) / 1000 * size > width) {
				fitted = fitted.substring(0, fitted.length() - 1);
			}
			this.content.beginText();
			this.content.setFont(font, size);
			this.content.newLineAtOffset(x, y);
			this.content.showText((fitted.length() < text.length() && fitted.length() > 1)
					? fitted.substring(0, fitted.length() - 1) + "…" : fitted);
			this.content.endText();
		}

		private void room(float needed) throws IOException {
			if (this.y - needed < MARGIN) {
				this.content.close();
				page();
			}
		}

		private void page() throws IOException {
			PDPage page = new PDPage(PDRectangle.A4);
			this.document.addPage(page);
			this.content = new PDPageContentStream(this.document, page);
			this.y = PDRectangle.A4.getHeight() - MARGIN - 14;
		}

	}

}
