package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.cli.tests.CheckCommandTest.tekigo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.tests.CheckCommandTest.Run;

/**
 * A vendor's own workbook in the published layout, not written by Tekigo: made here from the
 * sample's checklist.xlsx with what marks it as Tekigo's removed (the hidden id column, the marker
 * sheet, the document properties), then with its columns reordered and a column added. Each
 * import must give exactly the workspace the text import of the published checklist gives.
 */
class VendorWorkbookImportTest {

	@TempDir
	static Path shared;
	private static Path fromText;
	private static Path checklist;

	@BeforeAll
	static void importTheSeedAndWriteTheChecklist() throws IOException {
		fromText = shared.resolve("from-text");
		Run text = tekigo("import", ImportCommandTest.PUBLISHED.toString(), "--out", fromText.toString());
		assertEquals(0, text.status(), text.out() + text.err());
		Run report = tekigo("report", ImportCommandTest.SAMPLE.toString(), "--out", shared.resolve("reports").toString());
		assertEquals(0, report.status(), report.out() + report.err());
		checklist = shared.resolve("reports/chatwork/checklist.xlsx");
	}

	@Test
	void theChecklistWithoutTekigosMarksImportsAsTheTextDoes(@TempDir Path dir) throws IOException {
		Path vendor = vendorCopy(dir, sheet -> {
		});
		assertImportsAsTheText(vendor, dir.resolve("ws"));
	}

	@Test
	void columnsInAnotherOrderAndAColumnMoreChangeNothing(@TempDir Path dir) throws IOException {
		Path vendor = vendorCopy(dir, sheet -> {
			swapColumns(sheet, 9, 10); // the comment before the answer
			moveColumn(sheet, 4, 12); // the scenario, merged over each measure's rows, to the end
			Row heading = sheet.getRow(0);
			heading.createCell(11).setCellValue("担当部署");
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				sheet.getRow(r).createCell(11).setCellValue("情報システム部");
			}
		});
		assertImportsAsTheText(vendor, dir.resolve("ws"));
	}

	@Test
	void aWorkbookWithSomeOtherTableIsRefusedNamingItsSheets(@TempDir Path dir) throws IOException {
		Path budget = dir.resolve("budget.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(budget)) {
			Row row = workbook.createSheet("予算").createRow(0);
			row.createCell(0).setCellValue("費目");
			row.createCell(1).setCellValue("金額");
			workbook.write(out);
		}
		Run run = tekigo("import", budget.toString(), "--out", dir.resolve("ws").toString());
		assertEquals(2, run.status(), run.out() + run.err());
		assertTrue(run.err().startsWith("tekigo: " + budget + ": no sheet holds the published checklist's table (sheets: 予算;"), run.err());
		assertTrue(run.err().contains("nothing was written"), run.err());
		assertFalse(Files.exists(dir.resolve("ws")));
	}

	@Test
	void intoTheCatalogItAnswersEachAnswerGoesToItsItemWhateverItsRow(@TempDir Path dir) throws IOException {
		int[] swapped = new int[2];
		Path vendor = vendorCopy(dir, sheet -> {
			int[] rows = twoRowsOfOneMeasureWithCellsOfTheirOwn(sheet);
			swapItems(sheet, rows[0], rows[1]);
			swapped[0] = rows[0];
			swapped[1] = rows[1];
		});
		Path ws = sampleCatalogs(dir);
		Run run = tekigo("import", vendor.toString(), "--catalog", "provider", "--out", ws.toString());
		assertEquals(0, run.status(), run.out() + run.err());
		assertEquals("433 answers of Chatwork to catalog provider", run.outLines().getLast());
		// Each answer as the sample has it, under the same item id, though two of them stand in each other's rows.
		List<String> expected = answerLines(Files.readString(ImportCommandTest.SAMPLE.resolve("chatwork.tekigo")));
		List<String> actual = answerLines(Files.readString(ws.resolve("chatwork.tekigo")));
		assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
		assertTrue(!expected.equals(actual), "the swapped rows (" + swapped[0] + ", " + swapped[1] + ") give the file another order");
		assertEquals(0, tekigo("check", ws.toString()).status());
	}

	@Test
	void aRowWhoseItemTheCatalogLacksIsReportedWithItsRowAndNothingIsWritten(@TempDir Path dir) throws IOException {
		int[] changed = new int[1];
		Path vendor = vendorCopy(dir, sheet -> {
			changed[0] = twoRowsOfOneMeasureWithCellsOfTheirOwn(sheet)[0];
			Cell item = sheet.getRow(changed[0]).getCell(3);
			item.setCellValue(item.getStringCellValue() + "（当社独自の項目）");
		});
		Path ws = sampleCatalogs(dir);
		Run run = tekigo("import", vendor.toString(), "--catalog", "provider", "--out", ws.toString());
		assertEquals(2, run.status(), run.out() + run.err());
		assertTrue(run.err().startsWith(vendor + ": sheet \"Chatwork回答\", row " + (changed[0] + 1)
				+ ": no item of catalog provider has this measure and text: "), run.err());
		assertTrue(run.err().contains("1 answers have no place in catalog provider (above); nothing was written"), run.err());
		assertFalse(Files.exists(ws.resolve("chatwork.tekigo")));
	}

	/** The sample's guidelines and catalogs without its disclosure: a hospital's workspace before the vendor's answers. */
	private static Path sampleCatalogs(Path dir) throws IOException {
		Path ws = Files.createDirectories(dir.resolve("ws"));
		for (String file : List.of("mhlw50.tekigo", "mhlw51.tekigo", "provider-mhlw50.tekigo", "provider.tekigo")) {
			Files.copy(ImportCommandTest.SAMPLE.resolve(file), ws.resolve(file));
		}
		return ws;
	}

	/** Each answer with the lines under it (its pin, evidence, remediation), as one string. */
	private static List<String> answerLines(String disclosure) {
		List<String> answers = new ArrayList<>();
		for (String line : disclosure.lines().toList()) {
			if (line.startsWith("\t\t") && !answers.isEmpty()) {
				answers.set(answers.size() - 1, answers.getLast() + "\n" + line);
			} else if (line.startsWith("\t") && !line.startsWith("\tstatement ") && !line.startsWith("\t\t")) {
				answers.add(line);
			}
		}
		return answers;
	}

	/**
	 * Two adjacent rows under one measure cell, each the only row of its item (no merged cell in the
	 * item, answer or comment column covers either), with items of different texts.
	 */
	private static int[] twoRowsOfOneMeasureWithCellsOfTheirOwn(XSSFSheet sheet) {
		for (int r = 2; r < sheet.getLastRowNum(); r++) {
			int row = r;
			boolean free = sheet.getMergedRegions().stream().noneMatch(m -> (m.getFirstColumn() <= 3 && m.getLastColumn() >= 3
					|| m.getFirstColumn() >= 9 && m.getFirstColumn() <= 10) && m.getFirstRow() <= row + 1 && m.getLastRow() >= row);
			boolean oneMeasure = sheet.getMergedRegions().stream()
					.anyMatch(m -> m.getFirstColumn() == 2 && m.getFirstRow() <= row && m.getLastRow() >= row + 1);
			if (free && oneMeasure && !sheet.getRow(row).getCell(3).getStringCellValue()
					.equals(sheet.getRow(row + 1).getCell(3).getStringCellValue())) {
				return new int[] { row, row + 1 };
			}
		}
		throw new AssertionError("the sample's checklist has no such rows");
	}

	/** Swaps the item, answer and comment of two rows, and their requirement cells where each row has its own. */
	private static void swapItems(XSSFSheet sheet, int a, int b) {
		boolean sharedRequirements = sheet.getMergedRegions().stream()
				.anyMatch(m -> m.getFirstColumn() == 5 && m.getFirstRow() <= a && m.getLastRow() >= b);
		swapRows(sheet, a, b, 3, 3);
		swapRows(sheet, a, b, 9, 10);
		if (!sharedRequirements) {
			swapRows(sheet, a, b, 5, 8);
		}
	}

	private static void swapRows(XSSFSheet sheet, int a, int b, int firstColumn, int lastColumn) {
		for (int c = firstColumn; c <= lastColumn; c++) {
			Cell upper = sheet.getRow(a).getCell(c), lower = sheet.getRow(b).getCell(c);
			String upperText = upper == null ? "" : upper.getStringCellValue(), lowerText = lower == null ? "" : lower.getStringCellValue();
			(upper == null ? sheet.getRow(a).createCell(c) : upper).setCellValue(lowerText);
			(lower == null ? sheet.getRow(b).createCell(c) : lower).setCellValue(upperText);
		}
	}

	private static void assertImportsAsTheText(Path vendor, Path out) throws IOException {
		Run run = tekigo("import", vendor.toString(), "--out", out.toString());
		assertEquals(0, run.status(), run.out() + run.err());
		assertEquals("433 answers of Chatwork to 428 items", run.outLines().getLast());
		for (String file : ImportCommandTest.FILES) {
			assertEquals(Files.readString(fromText.resolve(file)), Files.readString(out.resolve(file)), file);
		}
	}

	/** The checklist as a vendor would hold it: no id column, no marker sheet, no Tekigo properties, its own sheet name. */
	private static Path vendorCopy(Path dir, Consumer<XSSFSheet> change) throws IOException {
		Path vendor = dir.resolve("chatwork-vendor.xlsx");
		try (InputStream in = Files.newInputStream(checklist); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			workbook.removeSheetAt(workbook.getSheetIndex("tekigo"));
			workbook.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList().clear();
			XSSFSheet sheet = workbook.getSheetAt(0);
			workbook.setSheetName(0, "Chatwork回答");
			int id = sheet.getRow(0).getLastCellNum() - 1;
			assertEquals("Tekigo ID", sheet.getRow(0).getCell(id).getStringCellValue());
			removeColumn(sheet, id);
			sheet.setAutoFilter(new CellRangeAddress(1, sheet.getLastRowNum(), 0, id - 1));
			change.accept(sheet);
			try (OutputStream out = Files.newOutputStream(vendor)) {
				workbook.write(out);
			}
		}
		return vendor;
	}

	private static void removeColumn(XSSFSheet sheet, int column) {
		for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
			if (sheet.getMergedRegion(i).getFirstColumn() == column) {
				sheet.removeMergedRegion(i);
			}
		}
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null) {
				row.removeCell(cell);
			}
		}
	}

	/** Swaps two columns that hold no merged cell below the headings (the answer and the comment). */
	private static void swapColumns(XSSFSheet sheet, int a, int b) {
		for (Row row : sheet) {
			Cell left = row.getCell(a), right = row.getCell(b);
			String leftText = left == null ? "" : left.getStringCellValue(), rightText = right == null ? "" : right.getStringCellValue();
			CellStyle leftStyle = left == null ? null : left.getCellStyle(), rightStyle = right == null ? null : right.getCellStyle();
			Cell newLeft = row.getCell(a) == null ? row.createCell(a) : row.getCell(a);
			Cell newRight = row.getCell(b) == null ? row.createCell(b) : row.getCell(b);
			newLeft.setCellValue(rightText);
			newRight.setCellValue(leftText);
			if (rightStyle != null) {
				newLeft.setCellStyle(rightStyle);
			}
			if (leftStyle != null) {
				newRight.setCellStyle(leftStyle);
			}
		}
	}

	/** Moves a column, its merged cells with it, to an empty column further right. */
	private static void moveColumn(XSSFSheet sheet, int from, int to) {
		List<CellRangeAddress> moved = new ArrayList<>();
		for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
			CellRangeAddress region = sheet.getMergedRegion(i);
			if (region.getFirstColumn() == from && region.getLastColumn() == from) {
				moved.add(new CellRangeAddress(region.getFirstRow(), region.getLastRow(), to, to));
				sheet.removeMergedRegion(i);
			}
		}
		for (Row row : sheet) {
			Cell cell = row.getCell(from);
			if (cell != null) {
				Cell target = row.createCell(to);
				target.setCellValue(cell.getStringCellValue());
				target.setCellStyle(cell.getCellStyle());
				row.removeCell(cell);
			}
		}
		moved.forEach(sheet::addMergedRegionUnsafe);
	}
}
