package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.cli.tests.CheckCommandTest.tekigo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.tests.CheckCommandTest.Run;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code tekigo compare} on three disclosures of the sample's catalog: the sample and two vendors
 * whose answers differ from it here and there. Each vendor's totals in the matrix must be those of
 * its own gap report, and the items the vendors answer differently come first.
 */
class CompareCommandTest {

	@Test
	void eachVendorsTotalsAreThoseOfItsOwnGapReportAndDifferencesComeFirst(@TempDir Path dir) throws IOException {
		Path workspace = Files.createDirectories(dir.resolve("ws"));
		for (String file : List.of("mhlw50.tekigo", "mhlw51.tekigo", "provider.tekigo", "chatwork.tekigo")) {
			Files.copy(ImportCommandTest.SAMPLE.resolve(file), workspace.resolve(file));
		}
		String sample = Files.readString(workspace.resolve("chatwork.tekigo"));
		String b = variant(sample, "vendor-b", "Vendor B", " 適合可能 ", " 不適合 ", 7);
		String c = variant(sample, "vendor-c", "Vendor C", " 不適合 ", " 適合可能 ", 11);
		Files.writeString(workspace.resolve("vendor-b.tekigo"), b);
		Files.writeString(workspace.resolve("vendor-c.tekigo"), c);
		int differing = changedItems(sample, b, c);
		assertTrue(differing > 11, "the variants differ from the sample in more items than either changes alone");

		Run compare = tekigo("compare", workspace.toString(), "--out", dir.resolve("compare").toString());
		assertEquals(0, compare.status(), compare.out() + compare.err());
		assertTrue(compare.outLines().getLast().startsWith("3 disclosures, 428 items, " + differing + " answered differently: "), compare.out());
		Run report = tekigo("report", workspace.toString(), "--out", dir.resolve("reports").toString());
		assertEquals(0, report.status(), report.out());

		try (InputStream in = Files.newInputStream(dir.resolve("compare/compare.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet totals = workbook.getSheet("Totals");
			assertEquals(3, totals.getLastRowNum());
			for (Row row : totals) {
				if (row.getRowNum() == 0) {
					continue;
				}
				String disclosure = text(row, 1);
				JsonObject summary = JsonParser.parseString(Files.readString(dir.resolve("reports").resolve(disclosure).resolve("gap-report.json")))
						.getAsJsonObject().getAsJsonObject("summary");
				assertEquals(List.of(summary.get("answers").getAsString(), summary.get("conformant").getAsString(),
						summary.get("nonconformant").getAsString(), summary.get("minimumGaps").getAsString(),
						summary.get("notApplicable").getAsString(), summary.get("unanswered").getAsString()),
						List.of(text(row, 2), text(row, 3), text(row, 4), text(row, 5), text(row, 6), text(row, 7)), disclosure);
			}
			XSSFSheet matrix = workbook.getSheet("Comparison");
			assertEquals(428, matrix.getLastRowNum(), "a row per item of the catalog");
			List<String> differs = new ArrayList<>();
			for (Row row : matrix) {
				differs.add(text(row, 0));
			}
			assertEquals("differs", differs.get(0), "the header");
			assertEquals(List.of("differs"), differs.subList(1, differing + 1).stream().distinct().toList(), "the differing items first");
			assertEquals(List.of(""), differs.subList(differing + 1, differs.size()).stream().distinct().toList());
			assertEquals(List.of("Chatwork", "Vendor B", "Vendor C"), List.of(text(matrix.getRow(0), 6), text(matrix.getRow(0), 7),
					text(matrix.getRow(0), 8)), "one status column per vendor");
			assertEquals(1, matrix.getPaneInformation().getHorizontalSplitPosition(), "the header is frozen");
			assertTrue(matrix.getCTWorksheet().isSetAutoFilter(), "the header filters");
			assertEquals(5, matrix.getSheetConditionalFormatting().getNumConditionalFormattings(), "a colour per status");
		}
		String html = Files.readString(dir.resolve("compare/compare.html"));
		assertTrue(html.contains(": 3 vendors, 428 items, " + differing + " answered differently"), html.substring(0, 600));
	}

	@Test
	void oneDisclosureIsNotAComparison(@TempDir Path dir) {
		Run compare = tekigo("compare", ImportCommandTest.SAMPLE.toString(), "--out", dir.toString());
		assertEquals(2, compare.status());
		assertTrue(compare.err().contains("compare needs two disclosures or more"), compare.err());
	}

	/** The sample under another vendor's name, with the first {@code count} answers of one status given another. */
	private static String variant(String sample, String id, String vendor, String from, String to, int count) {
		String text = sample.replace("disclosure chatwork \"Chatwork\"", "disclosure " + id + " \"" + vendor + "\"");
		for (int i = 0; i < count; i++) {
			text = text.replaceFirst(java.util.regex.Pattern.quote(from), to);
		}
		return text;
	}

	/** The items whose answer lines differ between the sample and a variant (the first line, the header, aside). */
	private static int changedItems(String sample, String... variants) {
		List<String> lines = sample.lines().toList();
		java.util.Set<String> items = new java.util.HashSet<>();
		for (String variant : variants) {
			List<String> changed = variant.lines().toList();
			for (int i = 1; i < lines.size(); i++) {
				if (!lines.get(i).equals(changed.get(i))) {
					items.add(lines.get(i).strip().split(" ")[0]);
				}
			}
		}
		return items.size();
	}

	private static String text(Row row, int column) {
		return new DataFormatter().formatCellValue(row.getCell(column));
	}
}
