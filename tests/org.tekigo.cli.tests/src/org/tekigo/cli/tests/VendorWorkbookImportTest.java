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
