package org.tekigo.robustness;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs that are not the checklist a hospital should receive: made here with PDFBox, in our own words. */
public final class PdfFixtures {

	private PdfFixtures() {
	}

	/** One page that is only a picture, as a scanner makes it. */
	public static Path scan(Path file) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			BufferedImage picture = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = picture.createGraphics();
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, 200, 100);
			graphics.setColor(Color.BLACK);
			graphics.drawLine(10, 50, 190, 50);
			graphics.dispose();
			PDImageXObject image = LosslessFactory.createFromImage(document, picture);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(image, 50, 500, 400, 200);
			}
			document.save(file.toFile());
		}
		return file;
	}

	/** A table of something else on each of {@code pages} pages, ruled like a checklist. */
	public static Path otherTable(Path file, int pages) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int number = 1; number <= pages; number++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					for (int line = 0; line <= 3; line++) {
						content.moveTo(50, 700 - line * 20);
						content.lineTo(450, 700 - line * 20);
					}
					for (int x : new int[] { 50, 250, 450 }) {
						content.moveTo(x, 700);
						content.lineTo(x, 640);
					}
					content.stroke();
					String[][] cells = { { "Expense", "Amount" }, { "Licences", "1200" }, { "Page " + number, "0" } };
					for (int row = 0; row < cells.length; row++) {
						for (int column = 0; column < 2; column++) {
							content.beginText();
							content.setFont(font, 10);
							content.newLineAtOffset(55 + column * 200, 685 - row * 20);
							content.showText(cells[row][column]);
							content.endText();
						}
					}
				}
			}
			document.save(file.toFile());
		}
		return file;
	}

	/** A PDF that opens only with a password. */
	public static Path withPassword(Path file) throws IOException {
		otherTable(file, 1);
		try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(file.toFile());
		}
		return file;
	}

	/** The first {@code percent} percent of a file, as an interrupted download leaves it. */
	public static Path truncated(Path source, Path file, int percent) throws IOException {
		byte[] bytes = Files.readAllBytes(source);
		byte[] cut = new byte[bytes.length * percent / 100];
		System.arraycopy(bytes, 0, cut, 0, cut.length);
		Files.write(file, cut);
		return file;
	}
}
