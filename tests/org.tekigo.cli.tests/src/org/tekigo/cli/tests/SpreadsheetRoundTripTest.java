package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.cli.tests.CheckCommandTest.tekigo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.tests.CheckCommandTest.Run;

/**
 * The sample disclosure goes to checklist.xlsx and back: unchanged, it comes back byte for
 * byte; edited as a person edits a spreadsheet, the edits arrive in the text.
 */
class SpreadsheetRoundTripTest {

	private static Path sampleCopy(Path dir) throws IOException {
		Path workspace = Files.createDirectories(dir.resolve("ws"));
		for (String file : ImportCommandTest.FILES) {
			Files.copy(ImportCommandTest.SAMPLE.resolve(file), workspace.resolve(file));
		}
		return workspace;
	}

	private static Path checklistOf(Path workspace, Path dir) {
		Run report = tekigo("report", workspace.toString(), "--out", dir.resolve("reports").toString());
		assertEquals(0, report.status(), report.out() + report.err());
		return dir.resolve("reports/chatwork/checklist.xlsx");
	}

	@Test
	void textToSpreadsheetToTextIsLosslessOnTheWholeSample(@TempDir Path dir) throws IOException {
		Path workspace = sampleCopy(dir);
		Run run = tekigo("import", checklistOf(workspace, dir).toString(), "--out", workspace.toString());
		assertEquals(0, run.status(), run.out() + run.err());
		assertTrue(run.out().contains(": 0 changes from "), run.out());
		assertEquals(Files.readString(ImportCommandTest.SAMPLE.resolve("chatwork.tekigo")),
				Files.readString(workspace.resolve("chatwork.tekigo")));
	}

	@Test
	void editsMadeInTheSpreadsheetArriveInTheText(@TempDir Path dir) throws IOException {
		Path workspace = sampleCopy(dir);
		Path checklist = checklistOf(workspace, dir);
		try (InputStream in = Files.newInputStream(checklist); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			int id = column(sheet, "Tekigo ID"), status = column(sheet, "ガイドラインへの適合性"), comment = column(sheet, "Chatworkの見解");
			for (Row row : sheet) {
				Cell cell = row.getCell(id);
				if (cell != null && "1.1-①-1".equals(cell.getStringCellValue())) {
					row.getCell(status).setCellValue("不適合");
					row.getCell(comment).setCellValue("規定を見直しているため、現在は提出できません。");
				}
				if (cell != null && "1.3-②-1[6.8/D/3]".equals(cell.getStringCellValue())) {
					row.getCell(status).setCellValue("対象外");
				}
			}
			try (OutputStream out = Files.newOutputStream(checklist)) {
				workbook.write(out);
			}
		}
		Run run = tekigo("import", checklist.toString(), "--out", workspace.toString());
		assertEquals(0, run.status(), run.out() + run.err());
		String text = Files.readString(workspace.resolve("chatwork.tekigo"));
		assertTrue(text.contains("\t1.1-①-1 不適合 \"規定を見直しているため、現在は提出できません。\"\n"), text);
		assertTrue(text.contains("\t1.3-②-1 [6.8/D/3] 対象外 \"自社にて保守を行っているため"), text);
		assertTrue(run.out().contains("chatwork: 1.1-①-1: 適合可能 → 不適合"), run.out());
		// 1.1-①-1 relates to the minimum requirement 6.3/C/3: one more gap without a plan than the 52 published.
		assertEquals("5 files checked: 0 errors, 53 warnings", tekigo("check", workspace.toString()).outLines().getLast());
	}

	@Test
	void aFormulaTypedIntoACommentIsReportedAndTheAnswerKeepsItsComment(@TempDir Path dir) throws IOException {
		Path workspace = sampleCopy(dir);
		Path checklist = checklistOf(workspace, dir);
		int sheetRow;
		try (InputStream in = Files.newInputStream(checklist); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row row = rowWithId(sheet, "1.1-①-1");
			Cell comment = row.getCell(column(sheet, "Chatworkの見解"));
			comment.setBlank();
			comment.setCellFormula("HYPERLINK(\"https://go.chatwork.com/ja/terms/\",\"利用規約\")"); // saved without a value
			sheetRow = row.getRowNum() + 1;
			try (OutputStream out = Files.newOutputStream(checklist)) {
				workbook.write(out);
			}
		}
		Run run = tekigo("import", checklist.toString(), "--out", workspace.toString());
		assertEquals(0, run.status(), run.out() + run.err());
		assertTrue(run.out().contains(checklist + ": warning: sheet \"チェックリスト\", cell K" + sheetRow + " (1.1-①-1): a formula"
				+ " (=HYPERLINK(\"https://go.chatwork.com/ja/terms/\",\"利用規約\")) saved without its value;"
				+ " the answer keeps its comment"), run.out());
		assertTrue(run.out().contains(": 0 changes from "), run.out());
		assertEquals(Files.readString(ImportCommandTest.SAMPLE.resolve("chatwork.tekigo")),
				Files.readString(workspace.resolve("chatwork.tekigo")));
	}

	/** openpyxl and some web spreadsheets save a formula with an empty value (<v></v>) rather than none. */
	@Test
	void aFormulaSavedWithAnEmptyValueIsReportedAndTheAnswerKeepsItsComment(@TempDir Path dir) throws IOException {
		Path workspace = sampleCopy(dir);
		Path checklist = checklistOf(workspace, dir);
		try (InputStream in = Files.newInputStream(checklist); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			Cell comment = rowWithId(sheet, "1.1-①-1").getCell(column(sheet, "Chatworkの見解"));
			comment.setBlank();
			comment.setCellFormula("HYPERLINK(\"https://go.chatwork.com/ja/terms/\",\"利用規約\")");
			try (OutputStream out = Files.newOutputStream(checklist)) {
				workbook.write(out);
			}
		}
		// As openpyxl writes it: <f>…</f><v></v>.
		rewriteEntry(checklist, "xl/worksheets/sheet1.xml", xml -> xml.replace("利用規約\")</f></c>", "利用規約\")</f><v></v></c>")
				.replace("&quot;)</f></c>", "&quot;)</f><v></v></c>"));
		Run run = tekigo("import", checklist.toString(), "--out", workspace.toString());
		assertEquals(0, run.status(), run.out() + run.err());
		assertTrue(run.out().contains("saved without its value; the answer keeps its comment"), run.out());
		assertTrue(run.out().contains(": 0 changes from "), run.out());
		assertEquals(Files.readString(ImportCommandTest.SAMPLE.resolve("chatwork.tekigo")),
				Files.readString(workspace.resolve("chatwork.tekigo")));
	}

	/** Rewrites one part of an xlsx (a zip) in place. */
	static void rewriteEntry(Path xlsx, String entry, java.util.function.UnaryOperator<String> change) throws IOException {
		try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(xlsx)) {
			Path part = zip.getPath(entry);
			String before = Files.readString(part);
			String after = change.apply(before);
			assertTrue(!after.equals(before), "the rewrite changed nothing in " + entry);
			Files.writeString(part, after);
		}
	}

	@Test
	void aSpreadsheetThatIsNotATekigoChecklistIsRefused(@TempDir Path dir) throws IOException {
		Path workspace = sampleCopy(dir);
		Path foreign = dir.resolve("budget.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(foreign)) {
			workbook.createSheet("予算").createRow(0).createCell(0).setCellValue("費目");
			workbook.write(out);
		}
		Run run = tekigo("import", foreign.toString(), "--out", workspace.toString());
		assertEquals(2, run.status(), run.out() + run.err());
		assertTrue(run.err().startsWith("tekigo: " + foreign + ": "), run.err());
		assertEquals(Files.readString(ImportCommandTest.SAMPLE.resolve("chatwork.tekigo")),
				Files.readString(workspace.resolve("chatwork.tekigo")));
	}

	static Row rowWithId(Sheet sheet, String id) {
		int idColumn = column(sheet, "Tekigo ID");
		for (Row row : sheet) {
			Cell cell = row.getCell(idColumn);
			if (cell != null && id.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + id);
	}

	static int column(Sheet sheet, String header) {
		for (int r = 0; r < 2; r++) {
			for (Cell cell : sheet.getRow(r)) {
				if (header.equals(cell.getStringCellValue().strip())) {
					return cell.getColumnIndex();
				}
			}
		}
		throw new AssertionError("no column " + header);
	}
}
