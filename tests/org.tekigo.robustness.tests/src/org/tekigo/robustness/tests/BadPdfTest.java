package org.tekigo.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.tests.process.ChildTekigo;
import org.tekigo.robustness.PdfFixtures;

/**
 * `tekigo import` of PDFs that hold no checklist: each is refused with exit 2 and one sentence
 * that names the file (and the page), nothing is written, and no stack trace is shown. Each runs
 * in a JVM of its own whose heap may not grow past 1 GB, the 2,000-page document included.
 */
class BadPdfTest {

	@TempDir
	Path dir;

	@Test
	void aScanIsRefusedAskingForOcr() throws Exception {
		Path scan = PdfFixtures.scan(dir.resolve("scan.pdf"));
		assertRefused(scan, "page 1 holds no text, only pictures; is it a scan? Run OCR first (for example ocrmypdf -l jpn)"
				+ " and import the result; nothing was written");
	}

	@Test
	void aPasswordProtectedPdfIsRefused() throws Exception {
		Path locked = PdfFixtures.withPassword(dir.resolve("locked.pdf"));
		assertRefused(locked, "the PDF is protected by a password; save an unprotected copy (or print it to a new PDF) and"
				+ " import that; nothing was written");
	}

	@Test
	void twoThousandPagesOfAnotherTableAreRefusedAfterTheFirstTen() throws Exception {
		Path other = PdfFixtures.otherTable(dir.resolve("expenses.pdf"), 2000);
		assertRefused(other, "no table with the published checklist's headings on pages 1–10 (its headings are 大項目, 小項目,"
				+ " 内容 (measure and item), …適合性, …の見解); nothing was written");
	}

	@Test
	void aTruncatedPdfIsRefused() throws Exception {
		Path whole = PdfFixtures.otherTable(dir.resolve("whole.pdf"), 30);
		for (int percent : new int[] { 0, 3, 50, 97 }) {
			Path cut = PdfFixtures.truncated(whole, dir.resolve("cut-" + percent + ".pdf"), percent);
			String err = refused(cut);
			assertTrue(err.startsWith("tekigo: " + cut + ": "), err);
		}
	}

	@Test
	void aTextFileNamedPdfIsRefused() throws Exception {
		Path text = Files.writeString(dir.resolve("checklist.pdf"), "大項目\t小項目\n");
		String err = refused(text);
		assertTrue(err.startsWith("tekigo: " + text + ": not a readable PDF ("), err);
	}

	private void assertRefused(Path pdf, String sentence) throws Exception {
		assertEquals("tekigo: " + pdf + ": " + sentence, refused(pdf));
	}

	/** The one line the refusal says, after checking exit 2, nothing written and no Java in sight. */
	private String refused(Path pdf) throws IOException, InterruptedException {
		Path out = dir.resolve("ws-" + pdf.getFileName());
		Path log = dir.resolve("said-" + pdf.getFileName() + ".txt"); // what the command printed, out and err
		Process process = ChildTekigo.command(dir, List.of("-Xmx1g"), "import", pdf.toString(), "--out", out.toString())
				.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished");
		String err = Files.readString(log).strip();
		assertEquals(2, process.exitValue(), err);
		assertEquals(1, err.lines().count(), err);
		assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("OutOfMemory"), err);
		assertFalse(Files.exists(out), "nothing written");
		return err;
	}
}
