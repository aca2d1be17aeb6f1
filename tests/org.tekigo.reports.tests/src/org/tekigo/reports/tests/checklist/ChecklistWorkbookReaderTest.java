package org.tekigo.reports.tests.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.COMMENT;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.FIRST_DATA_ROW;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.ID;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.STATUS;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.rowOf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.reports.checklist.CellNote;
import org.tekigo.reports.checklist.ChecklistFormatException;
import org.tekigo.reports.checklist.ChecklistWorkbookReader;
import org.tekigo.reports.checklist.ChecklistWorkbookWriter;
import org.tekigo.reports.checklist.EditedAnswer;
import org.tekigo.reports.checklist.EditedChecklist;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.reports.tests.fixture.ChatworkFixture;

class ChecklistWorkbookReaderTest {

	@TempDir
	Path folder;

	private final DisclosureView disclosure = ChatworkFixture.disclosure();
	private final ChecklistWorkbookReader reader = new ChecklistWorkbookReader();
	private Path written;

	@BeforeEach
	void writeChecklist() throws IOException {
		written = folder.resolve("checklist.xlsx");
		new ChecklistWorkbookWriter().write(disclosure, written);
	}

	@Test
	void readsBackEveryIdWithItsStatusAndComment() throws Exception {
		Map<String, EditedAnswer> answers = reader.read(written).answers();

		assertEquals(ChatworkFixture.rowIds(disclosure), List.copyOf(answers.keySet()));
		disclosure.categories().forEach(category -> category.groups().forEach(group -> group.measures()
				.forEach(measure -> measure.items().forEach(item -> item.answers().forEach(answer -> {
					EditedAnswer read = answers.get(answer.id());
					assertEquals(answer.status().label(), read.word(), answer.id());
					assertEquals(answer.comment(), read.comment(), answer.id());
				})))));
		EditedAnswer unanswered = answers.get("1.8-①-5");
		assertNull(unanswered.word());
		assertEquals("", unanswered.statusLabel());
		assertEquals("", unanswered.comment());
		assertEquals(ChatworkFixture.HYPERLINK_COMMENT, answers.get("1.1-⑥-2").comment(), "quote prefix is not part of the text");
		assertEquals(3, answers.get("1.1-①-1").row());
	}

	@Test
	void readsStatusesAndCommentsAPersonEditedAfterReSortingTheRows() throws Exception {
		Path edited = edit(written, sheet -> {
			set(sheet, rowOf(sheet, "1.7-①-2"), STATUS, "不適合");
			set(sheet, rowOf(sheet, "1.7-①-2"), COMMENT, "承認プロセスは設けていません。\n次期リリースで対応します。");
			set(sheet, rowOf(sheet, "1.8-①-5"), STATUS, "適合可能");
			set(sheet, rowOf(sheet, "1.8-①-5"), COMMENT, "利用規約に定めるとおりとなります。");
			set(sheet, rowOf(sheet, "1.1-①-1"), STATUS, "");
			reverseDataRows(sheet);
		});

		Map<String, EditedAnswer> answers = reader.read(edited).answers();

		assertEquals(24, answers.size());
		EditedAnswer changed = answers.get("1.7-①-2");
		assertEquals(Status.NONCONFORMANT.label(), changed.word());
		assertEquals("承認プロセスは設けていません。\n次期リリースで対応します。", changed.comment());
		assertEquals(Status.CONFORMANT.label(), answers.get("1.8-①-5").word());
		assertEquals("利用規約に定めるとおりとなります。", answers.get("1.8-①-5").comment());
		assertNull(answers.get("1.1-①-1").word(), "a cleared status reads as unanswered");
		assertEquals(26, answers.get("1.1-①-1").row(), "the first answer now sits in the last row");
		// every other row still carries its own answer, though in another position
		assertEquals(Status.NONCONFORMANT.label(), answers.get("1.7-①-1[8.1.2/D/2]").word());
		assertEquals(Status.CONFORMANT.label(), answers.get("1.7-①-1[8.1.2/C/2/5]").word());
		assertEquals(ChatworkFixture.SCRIPT_COMMENT, answers.get("3.20-①-2").comment());
		assertEquals(Status.NOT_APPLICABLE.label(), answers.get("1.1-③-6").word());
		assertEquals(List.of("3.20-①-5", "3.20-①-2"), List.copyOf(answers.keySet()).subList(0, 2), "sheet order");
	}

	@Test
	void refusesAFileThatIsNotAnXlsx() throws IOException {
		Path csv = folder.resolve("checklist-export.xlsx");
		Files.writeString(csv, "大項目,小項目,内容\n1.人的・組織的対策,1.1.規程・手順の策定,…\n");
		ChecklistFormatException refusal = assertThrows(ChecklistFormatException.class, () -> reader.read(csv));
		assertTrue(refusal.getMessage().contains("is not an xlsx"), refusal.getMessage());

		Path empty = Files.createFile(folder.resolve("empty.xlsx"));
		assertThrows(ChecklistFormatException.class, () -> reader.read(empty));
	}

	@Test
	void refusesAnXlsxThatIsNotATekigoChecklist() throws IOException {
		Path foreign = folder.resolve("other-vendor.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(foreign)) {
			XSSFSheet sheet = workbook.createSheet("チェックリスト");
			Row header = sheet.createRow(0);
			header.createCell(9).setCellValue("ガイドラインへの適合性");
			header.createCell(10).setCellValue("他社の見解");
			sheet.createRow(2).createCell(9).setCellValue("適合可能");
			workbook.write(out);
		}
		ChecklistFormatException refusal = assertThrows(ChecklistFormatException.class, () -> reader.read(foreign));
		assertTrue(refusal.getMessage().contains("is not a Tekigo checklist"), refusal.getMessage());
	}

	@Test
	void refusesAnUnknownStatusNamingTheRowAndTheValue() throws Exception {
		Path edited = edit(written, sheet -> set(sheet, 4, STATUS, "適合"));
		// The reader takes the word as written; the words of the disclosure's scale refuse it, naming the row.
		EditedChecklist read = reader.read(edited);
		ChecklistFormatException refusal = assertThrows(ChecklistFormatException.class, () -> read.refuseWordsOutside(Status.PROVIDER));
		assertTrue(refusal.getMessage().contains("sheet \"チェックリスト\", row 5: unknown status \"適合\""), refusal.getMessage());
		assertTrue(refusal.getMessage().contains("適合可能, 不適合, 対象外"), refusal.getMessage());
	}

	@Test
	void refusesADuplicatedId() throws IOException {
		Path edited = edit(written, sheet -> set(sheet, 8, ID, "1.1-①-1"));
		ChecklistFormatException refusal = assertThrows(ChecklistFormatException.class, () -> reader.read(edited));
		assertTrue(refusal.getMessage().contains("row 9: the id \"1.1-①-1\" was already in row 3"), refusal.getMessage());
	}

	@Test
	void refusesAStatusInARowWithoutAnId() throws IOException {
		Path edited = edit(written, sheet -> {
			Row added = sheet.createRow(sheet.getLastRowNum() + 1);
			added.createCell(STATUS).setCellValue("不適合");
			added.createCell(COMMENT).setCellValue("追記した行");
		});
		ChecklistFormatException refusal = assertThrows(ChecklistFormatException.class, () -> reader.read(edited));
		assertTrue(refusal.getMessage().contains("row 27"), refusal.getMessage());
	}

	@Test
	void refusesAnotherFormatVersion() throws IOException {
		Path edited = edit(written, sheet -> set(sheet.getWorkbook().getSheet("tekigo"), 1, 1, "2"));
		ChecklistFormatException refusal = assertThrows(ChecklistFormatException.class, () -> reader.read(edited));
		assertTrue(refusal.getMessage().contains("format version 2"), refusal.getMessage());
	}

	@Test
	void findsItsColumnsByHeaderWhenAPersonInsertedAColumn() throws Exception {
		Path edited = edit(written, sheet -> sheet.shiftColumns(0, ID, 1));
		Map<String, EditedAnswer> answers = reader.read(edited).answers();
		assertEquals(Status.NONCONFORMANT.label(), answers.get("1.1-③-10").word());
		assertEquals(ChatworkFixture.DASH_COMMENT, answers.get("3.1-⑤-3").comment());
	}

	@Test
	void readsAFormulaByItsSavedValueAndSaysSo() throws Exception {
		Path edited = edit(written, sheet -> {
			Cell cell = sheet.getRow(rowOf(sheet, "1.7-①-2")).getCell(COMMENT);
			cell.setCellFormula("\"承認プロセスは\"&\"設けていません。\"");
			sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
		});

		EditedChecklist read = reader.read(edited);

		assertEquals("承認プロセスは設けていません。", read.answers().get("1.7-①-2").comment());
		assertEquals(List.of("sheet \"チェックリスト\", cell K" + read.answers().get("1.7-①-2").row() + " (1.7-①-2): a formula"
				+ " (=\"承認プロセスは\"&\"設けていません。\"), read as its saved value \"承認プロセスは設けていません。\""
				+ " (the formula is not kept)"), notes(read));
	}

	@Test
	void aFormulaSavedWithoutItsValueLeavesTheCommentAsItWasAndIsReported() throws Exception {
		Path edited = edit(written, sheet -> {
			Cell cell = sheet.getRow(rowOf(sheet, "1.7-①-2")).getCell(COMMENT);
			cell.setBlank(); // else POI keeps the text as the formula's saved value
			cell.setCellFormula("CONCATENATE(\"a\",\"b\")");
		});

		EditedChecklist read = reader.read(edited);

		EditedAnswer answer = read.answers().get("1.7-①-2");
		assertNull(answer.comment(), "unknown, not empty");
		assertFalse(answer.hasComment());
		assertEquals(Status.CONFORMANT.label(), answer.word(), "the rest of the row is read");
		assertEquals(List.of("sheet \"チェックリスト\", cell K" + answer.row() + " (1.7-①-2): a formula (=CONCATENATE(\"a\",\"b\"))"
				+ " saved without its value; the answer keeps its comment"), notes(read));
	}

	@Test
	void reportsEveryCellThatIsNotTextAndKeepsTheAnswersText() throws Exception {
		Path edited = edit(written, sheet -> {
			XSSFWorkbook workbook = sheet.getWorkbook();
			sheet.getRow(rowOf(sheet, "1.1-①-1")).getCell(COMMENT).setCellValue(42);
			Cell date = sheet.getRow(rowOf(sheet, "1.1-③-6")).getCell(COMMENT);
			date.setCellValue(java.time.LocalDate.of(2027, 3, 31));
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			date.setCellStyle(dateStyle);
			sheet.getRow(rowOf(sheet, "1.1-③-10")).getCell(COMMENT).setCellErrorValue(FormulaError.REF);
			sheet.getRow(rowOf(sheet, "1.7-①-2")).getCell(STATUS).setCellValue(true);
			XSSFRichTextString rich = new XSSFRichTextString("太字の見解です。");
			XSSFFont bold = workbook.createFont();
			bold.setBold(true);
			rich.applyFont(0, 2, bold);
			sheet.getRow(rowOf(sheet, "3.1-⑤-3")).getCell(COMMENT).setCellValue(rich);
		});

		EditedChecklist read = reader.read(edited);

		assertNull(read.answers().get("1.1-①-1").comment());
		assertNull(read.answers().get("1.1-③-6").comment());
		assertNull(read.answers().get("1.1-③-10").comment());
		assertNull(read.answers().get("1.7-①-2").word(), "a truth value is no status: the answer keeps its own");
		assertEquals("太字の見解です。", read.answers().get("3.1-⑤-3").comment());
		List<String> notes = notes(read);
		assertEquals(5, notes.size(), notes.toString());
		assertTrue(notes.stream().anyMatch(n -> n.contains("(1.1-①-1): a number (42), not text; the answer keeps its comment")), notes.toString());
		assertTrue(notes.stream().anyMatch(n -> n.contains("(1.1-③-6): a date (2027-03-31), not text; the answer keeps its comment")), notes.toString());
		assertTrue(notes.stream().anyMatch(n -> n.contains("(1.1-③-10): an error value (#REF!); the answer keeps its comment")), notes.toString());
		assertTrue(notes.stream().anyMatch(n -> n.contains("(1.7-①-2): a truth value (TRUE), not text; the answer keeps its status")), notes.toString());
		assertTrue(notes.stream().anyMatch(n -> n.contains("(3.1-⑤-3): rich text, read as plain text (its formatting is not kept)")), notes.toString());
	}

	@Test
	void refusesAZipBombWithASentenceNotAStackTrace() throws IOException {
		Path bomb = ZipParts.rewrite(written, folder.resolve("bomb.xlsx"), "xl/worksheets/sheet1.xml",
				xml -> xml.replace("<sheetData>", "<sheetData><!--" + " ".repeat(20_000_000) + "-->"));

		ChecklistFormatException refusal = assertThrows(ChecklistFormatException.class, () -> reader.read(bomb));

		assertEquals("refused: its part xl/worksheets/sheet1.xml would expand to far more than its stored size,"
				+ " as a \"zip bomb\" does", refusal.getMessage());
	}

	@Test
	void refusesXmlThatDeclaresADocumentTypeWithoutReadingTheEntity() throws IOException {
		Path dtd = ZipParts.rewrite(written, folder.resolve("dtd.xlsx"), "xl/sharedStrings.xml", xml -> xml
				.replace("?>", "?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
				.replaceFirst("<t>", "<t>&xxe;"));

		ChecklistFormatException refusal = assertThrows(ChecklistFormatException.class, () -> reader.read(dtd));

		assertTrue(refusal.getMessage().startsWith("refused: its XML declares a document type (DTD)"), refusal.getMessage());
		assertFalse(refusal.getMessage().contains("root:"), "the entity was not read");
	}

	@Test
	void refusesASheetThatIsNotWellFormedXml() throws IOException {
		Path broken = ZipParts.rewrite(written, folder.resolve("broken.xlsx"), "xl/worksheets/sheet1.xml",
				xml -> xml.substring(0, xml.length() / 2));

		ChecklistFormatException refusal = assertThrows(ChecklistFormatException.class, () -> reader.read(broken));

		assertTrue(refusal.getMessage().startsWith("this file is not a readable xlsx workbook: a part of it is not well-formed XML"),
				refusal.getMessage());
	}

	private static List<String> notes(EditedChecklist read) {
		return read.notes().stream().map(CellNote::toString).toList();
	}

	/** Opens the checklist as a person would, changes it, saves it under a new name. */
	private Path edit(Path file, Consumer<XSSFSheet> change) throws IOException {
		Path edited = folder.resolve("edited-" + System.nanoTime() + ".xlsx");
		try (XSSFWorkbook workbook = ChecklistSheets.open(file); OutputStream out = Files.newOutputStream(edited)) {
			change.accept(workbook.getSheet("チェックリスト"));
			workbook.write(out);
		}
		return edited;
	}

	private static void set(XSSFSheet sheet, int rowIndex, int column, String value) {
		Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
		Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
		if (value.isEmpty()) {
			cell.setBlank();
		} else {
			cell.setCellValue(value);
		}
	}

	/**
	 * Sorts the data rows in reverse, as a person sorting by a column would move them: the merged
	 * cells go first (Excel refuses to sort across them), then every row moves as a whole.
	 */
	private static void reverseDataRows(XSSFSheet sheet) {
		List<Integer> dataMerges = new ArrayList<>();
		for (int index = 0; index < sheet.getNumMergedRegions(); index++) {
			CellRangeAddress merge = sheet.getMergedRegion(index);
			if (merge.getFirstRow() >= FIRST_DATA_ROW) {
				dataMerges.add(index);
			}
		}
		sheet.removeMergedRegions(dataMerges);
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (int row = FIRST_DATA_ROW; row <= sheet.getLastRowNum(); row++) {
			List<String> values = new ArrayList<>();
			for (int column = 0; column <= ID; column++) {
				values.add(formatter.formatCellValue(sheet.getRow(row).getCell(column)));
			}
			rows.add(values);
		}
		Collections.reverse(rows);
		for (int index = 0; index < rows.size(); index++) {
			for (int column = 0; column <= ID; column++) {
				set(sheet, FIRST_DATA_ROW + index, column, rows.get(index).get(column));
			}
		}
	}
}
