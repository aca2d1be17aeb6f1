package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.cli.tests.CheckCommandTest.tekigo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.tests.CheckCommandTest.Run;

/**
 * The checklist a hospital receives as a PDF: the sample's checklist.xlsx printed by LibreOffice
 * headless as Tekigo lays it out (A3 landscape), on A4 portrait, and with its columns narrowed and
 * its rows made taller (so that more lines wrap, the answer word and its heading too, and more merged
 * cells break across pages: 65 pages instead of 25). Each PDF must import as the published checklist's text does.
 *
 * <p>Two things a PDF cannot say are compared as it says them. Its fonts map the wave dash (〜) and
 * the fullwidth tilde (～) to one glyph, which LibreOffice's PDF names ～; so the text import is of
 * the seed with 〜 written ～. And a cell whose text is taller than its row (at most 409 points) is
 * cut off in print: the import must warn about each such cell, and the text it read must be the
 * beginning of the seed's, every answer pinned to it otherwise the same.
 */
class PdfImportTest {

	private static final long TIMEOUT_SECONDS = 300;
	private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]++|\\\\.)*+)\"");

	@TempDir
	static Path shared;
	private static Path fromText;
	private static Path pdfs;

	@BeforeAll
	static void printTheChecklistToPdf() throws IOException, InterruptedException {
		Path seed = shared.resolve("chatwork-checklist.txt");
		Files.writeString(seed, Files.readString(ImportCommandTest.PUBLISHED).replace('〜', '～'));
		fromText = shared.resolve("from-text");
		Run text = tekigo("import", seed.toString(), "--out", fromText.toString());
		assertEquals(0, text.status(), text.out() + text.err());
		Run report = tekigo("report", ImportCommandTest.SAMPLE.toString(), "--out", shared.resolve("reports").toString());
		assertEquals(0, report.status(), report.out() + report.err());
		Path checklist = shared.resolve("reports/chatwork/checklist.xlsx");
		Path sheets = Files.createDirectories(shared.resolve("sheets"));
		Files.copy(checklist, sheets.resolve("a3.xlsx"));
		variant(checklist, sheets.resolve("a4-portrait.xlsx"), sheet -> {
			sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
			sheet.getPrintSetup().setLandscape(false);
		});
		variant(checklist, sheets.resolve("narrow.xlsx"), sheet -> {
			// Item, texts, answer and comment narrower.
			for (int column : new int[] { 3, 7, 8, 10 }) {
				sheet.setColumnWidth(column, sheet.getColumnWidth(column) * 6 / 10);
			}
			sheet.setColumnWidth(9, sheet.getColumnWidth(9) * 35 / 100); // 適合可能 over two lines
			// LibreOffice keeps a workbook's row heights: taller rows for the narrower columns, at most 409 pt.
			for (Row row : sheet) {
				if (row.getRowNum() >= 2) {
					row.setHeightInPoints(Math.min(409f, row.getHeightInPoints() * 1.75f));
				}
			}
		});
		pdfs = Files.createDirectories(shared.resolve("pdf"));
		List<String> command = new ArrayList<>(List.of("libreoffice", "-env:UserInstallation=" + shared.resolve("lo-profile").toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", pdfs.toString()));
		try (var files = Files.list(sheets)) {
			files.sorted().forEach(file -> command.add(file.toString()));
		}
		Path log = shared.resolve("libreoffice.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("libreoffice did not finish in " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
		}
		assertTrue(Files.isRegularFile(pdfs.resolve("narrow.pdf")), "libreoffice said: " + Files.readString(log));
	}

	@Test
	void theChecklistAsTekigoLaysItOutImportsAsTheText(@TempDir Path dir) throws IOException {
		Run run = importPdf("a3.pdf", dir);
		assertEquals(2, run.err().lines().count(), "the two cells of one requirement that the layout cuts off:\n" + run.err());
		assertImportsAsTheText(dir, run);
	}

	@Test
	void onA4PortraitTheSame(@TempDir Path dir) throws IOException {
		assertImportsAsTheText(dir, importPdf("a4-portrait.pdf", dir));
	}

	@Test
	void narrowColumnsWrappedAnswersAndRowsOverPageBreaksTheSame(@TempDir Path dir) throws IOException {
		assertImportsAsTheText(dir, importPdf("narrow.pdf", dir));
	}

	private static Run importPdf(String name, Path dir) {
		Run run = tekigo("import", pdfs.resolve(name).toString(), "--out", dir.resolve("ws").toString());
		assertEquals(0, run.status(), run.out() + run.err());
		assertEquals("433 answers of Chatwork to 428 items", run.outLines().getLast());
		return run;
	}

	/**
	 * Every file as the text import writes it, but where the import warned that the printout cut a
	 * requirement's cell off: there its text must begin the seed's, and only pins to it may differ.
	 */
	private static void assertImportsAsTheText(Path dir, Run run) throws IOException {
		Path out = dir.resolve("ws");
		Set<String> cut = new HashSet<>();
		for (String file : List.of("mhlw50.tekigo", "mhlw51.tekigo")) {
			cut.addAll(cutRequirements(file, Files.readAllLines(fromText.resolve(file)), Files.readAllLines(out.resolve(file)), run));
		}
		assertEquals(run.err().isEmpty(), cut.isEmpty(), "a warning for each requirement cut off, and only then:\n" + run.err());
		for (String file : List.of("provider-mhlw50.tekigo", "provider.tekigo")) {
			assertEquals(Files.readString(fromText.resolve(file)), Files.readString(out.resolve(file)), file);
		}
		List<String> expected = Files.readAllLines(fromText.resolve("chatwork.tekigo"));
		List<String> actual = Files.readAllLines(out.resolve("chatwork.tekigo"));
		assertEquals(expected.size(), actual.size());
		for (int i = 0; i < expected.size(); i++) {
			assertEquals(withoutPinsTo(cut, expected.get(i)), withoutPinsTo(cut, actual.get(i)), "chatwork.tekigo:" + (i + 1));
		}
	}

	/** The ids of the requirements whose text differs, each checked to be cut off and warned about. */
	private static Set<String> cutRequirements(String file, List<String> expected, List<String> actual, Run run) {
		assertEquals(expected.size(), actual.size(), file);
		Set<String> cut = new HashSet<>();
		String section = "", weight = "";
		for (int i = 0; i < expected.size(); i++) {
			String line = expected.get(i).strip();
			section = line.startsWith("section ") ? line.split(" ")[1] : section;
			weight = line.startsWith("class ") ? line.split(" ")[1] : weight;
			if (expected.get(i).equals(actual.get(i))) {
				continue;
			}
			assertTrue(line.startsWith("requirement "), file + ":" + (i + 1) + " differs: " + actual.get(i));
			List<String> seedTexts = quoted(expected.get(i));
			List<String> pdfTexts = quoted(actual.get(i));
			assertEquals(seedTexts.size(), pdfTexts.size(), file + ":" + (i + 1));
			for (int q = 0; q < seedTexts.size(); q++) {
				String printed = pdfTexts.get(q);
				assertTrue(printed.length() > 30 && seedTexts.get(q).startsWith(printed), file + ":" + (i + 1) + " is no beginning: " + printed);
				assertTrue(run.err().contains(printed.substring(0, 20)), "no warning names " + printed.substring(0, 20) + ":\n" + run.err());
			}
			cut.add(section + "/" + weight + "/" + line.split(" ")[1]);
		}
		return cut;
	}

	private static List<String> quoted(String line) {
		List<String> texts = new ArrayList<>();
		Matcher matcher = QUOTED.matcher(line);
		while (matcher.find()) {
			texts.add(matcher.group(1));
		}
		return texts;
	}

	/** A pin line with the fingerprints of cut requirements blanked: the text they fingerprint differs. */
	private static String withoutPinsTo(Set<String> cut, String line) {
		String result = line;
		for (String id : cut) {
			result = result.replaceAll(Pattern.quote(id) + " [0-9a-f]{8}", id + " ********");
		}
		return result;
	}

	private static void variant(Path checklist, Path to, Consumer<XSSFSheet> change) throws IOException {
		try (InputStream in = Files.newInputStream(checklist); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			change.accept(workbook.getSheetAt(0));
			try (OutputStream out = Files.newOutputStream(to)) {
				workbook.write(out);
			}
		}
	}
}
